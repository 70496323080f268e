package org.agora.platform.boundary.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.agora.platform.boundary.Problem;
import org.agora.platform.entity.Refusal;

/** Answers the domain's {@link Refusal}s as problem+json, naming the field when one is at fault. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Override
  public Response toResponse(Refusal refusal) {
    return problemOf(refusal).toResponse();
  }

  static Problem problemOf(Refusal refusal) {
    return refusal.field()
        .map(field -> Problem.invalid(refusal.getMessage(), List.of(new Problem.FieldError(field, refusal.problem()))))
        .orElseGet(() -> Problem.of(Response.Status.fromStatusCode(refusal.kind().status()), refusal.getMessage()));
  }
}
