package org.agora.platform.boundary.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.agora.platform.boundary.Problem;

/**
 * The last line: an outage of the database answers 503 with {@code Retry-After}, so clients and
 * load balancers back off; a bug answers 500 with an incident id that is in the log. Never a
 * stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
  static final String RETRY_AFTER_SECONDS = "5";
  private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
  /**
   * How a commit or rollback on a connection lost with the server reads: Payara's pool flattens the
   * driver's exception into the message of an {@link XAException} (error code XAER_RMERR, no cause),
   * so its SQL state is gone and only the text tells.
   */
  private static final List<String> LOST_CONNECTION = List.of(
      "terminating connection due to administrator command",
      "the database system is shutting down",
      "the database system is starting up",
      "This connection has been closed",
      "An I/O error occurred while sending to the backend",
      "physical connection is not usable");

  @Override
  public Response toResponse(Throwable exception) {
    if (isDatabaseOutage(exception)) {
      LOG.warning(() -> "database unavailable: " + exception);
      return Response.fromResponse(
              Problem.of(Response.Status.SERVICE_UNAVAILABLE, "Agora cannot reach its database right now; please retry shortly.")
                  .toResponse())
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side (incident " + incident + ").")
        .toResponse();
  }

  /**
   * Connection failures (SQL state class 08), a server shutting down or starting up (57P01-57P03:
   * what a restart answers on open and new connections), the pool giving up on allocating a
   * connection, a pooled connection the pool had already dropped, or a transaction that could not
   * end because its connection was lost with the server, anywhere in the cause chain.
   */
  public static boolean isDatabaseOutage(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
        return true;
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof XAException xa
          && (xa.errorCode == XAException.XAER_RMFAIL || LOST_CONNECTION.stream().anyMatch(message::contains))) {
        return true;
      }
      if (message.contains("Connection could not be allocated") || message.contains("Error in allocating a connection")) {
        return true;
      }
      if (t instanceof NullPointerException && droppedByThePool(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request still holding a pooled connection that the pool had already closed, because the
   * server went away under it: Payara's connection wrapper then fails on its missing physical
   * connection with a NullPointerException ("this.con" is null; DatabaseOutageIT caught one in CI).
   */
  private static boolean droppedByThePool(Throwable npe) {
    StackTraceElement[] frames = npe.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith("com.sun.gjc.spi.");
  }
}
