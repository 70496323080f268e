package org.agora.platform.boundary.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.platform.boundary.Problem;

/**
 * Turns the JAX-RS exceptions that resources throw (404, 403, 409...) into problem+json, keeping
 * headers such as {@code WWW-Authenticate} and {@code Retry-After}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Pattern FIELD_MESSAGE = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*): (.+)", Pattern.DOTALL);
  private static final String[] PRESERVED_HEADERS = {
    HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER, HttpHeaders.ALLOW
  };

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.getEntity() instanceof Problem) {
      return original;
    }
    Response.StatusType status = original.getStatusInfo();
    Response.ResponseBuilder answer = Response.fromResponse(problemOf(exception, status).toResponse());
    for (String header : PRESERVED_HEADERS) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        answer.header(header, value);
      }
    }
    return answer.build();
  }

  /**
   * A 400 whose message reads {@code "limit: must be between 1 and 100"}, the convention of every
   * resource here, also names {@code limit} among the problem's errors, so clients find the field
   * where they find it for bean validation.
   */
  static Problem problemOf(WebApplicationException exception, Response.StatusType status) {
    String detail = detailOf(exception, status);
    Matcher field = FIELD_MESSAGE.matcher(detail);
    if (status.getStatusCode() == Response.Status.BAD_REQUEST.getStatusCode() && field.matches()) {
      return Problem.invalid(detail, List.of(new Problem.FieldError(field.group(1), field.group(2))));
    }
    return Problem.of(status, detail);
  }

  private static String detailOf(WebApplicationException exception, Response.StatusType status) {
    String message = exception.getMessage();
    // JAX-RS fills in "HTTP 404 Not Found" when no message was given; that says nothing new.
    if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
      return status.getReasonPhrase();
    }
    return message;
  }
}
