package org.agora.platform.boundary.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.platform.boundary.Problem;

/**
 * The last line: a bug or an outage answers 500 problem+json with an incident id that is in the
 * log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side (incident " + incident + ").")
        .toResponse();
  }
}
