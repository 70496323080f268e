package org.agora.platform.boundary.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses any path or query parameter (name or value) holding a control character, with a 400
 * naming the parameter, before a resource hands it to the database. Runs after matching, so
 * path parameters are known by the names the OpenAPI document gives them.
 * Runs after the write rate limit, so that refused writes count against it too.
 */
@Provider
@Priority(Priorities.USER + 100)
public class ParameterCheck implements ContainerRequestFilter {

  static final String MESSAGE = "must not contain control characters";

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getPathParameters(true));
    check(request.getUriInfo().getQueryParameters(true));
  }

  static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (ControlCharacters.anyIn(name)) {
        throw new InvalidInput("parameter", "names " + MESSAGE);
      }
      if (parameter.getValue().stream().anyMatch(ControlCharacters::anyIn)) {
        throw new InvalidInput(name, MESSAGE);
      }
    }
  }
}
