package org.agora.platform.boundary.problems;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.platform.entity.Refusal;

/**
 * A {@code @Transactional} method whose commit failed (the method itself returned). Jersey brings a
 * mapper of its own for this exception that rethrows whatever it cannot pass on, which the servlet
 * container answers with an HTML 500; this one, preferred by its priority, answers like every
 * other failure: 503 when the database was lost on the way (a PostgreSQL restart between the last
 * query and the commit), a problem+json 500 with an incident id otherwise.
 */
@Provider
@Priority(Priorities.USER - 1)
public class FailedCommitMapper implements ExceptionMapper<TransactionalException> {

  private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
  private final WebApplicationExceptionMapper answered = new WebApplicationExceptionMapper();

  @Override
  public Response toResponse(TransactionalException exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof WebApplicationException planned) {
        return answered.toResponse(planned);
      }
      if (t instanceof Refusal refusal) {
        return RefusalMapper.problemOf(refusal).toResponse();
      }
    }
    return unexpected.toResponse(exception);
  }
}
