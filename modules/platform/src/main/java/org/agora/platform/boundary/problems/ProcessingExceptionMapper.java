package org.agora.platform.boundary.problems;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B reader wraps parse and binding failures in a {@link ProcessingException}; those are
 * the client's fault and answer 400. Anything else goes to the catch-all.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    if (UnreadableBody.isBodyProblem(exception)) {
      return UnreadableBody.problem(exception).toResponse();
    }
    return new UnexpectedExceptionMapper().toResponse(exception);
  }
}
