package org.agora.platform.boundary.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.platform.boundary.Problem;

/**
 * Turns the JAX-RS exceptions that resources throw (404, 403, 409...) into problem+json, keeping
 * headers such as {@code WWW-Authenticate} and {@code Retry-After}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final String[] PRESERVED_HEADERS = {
    HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER, HttpHeaders.ALLOW
  };

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response.ResponseBuilder answer =
        Response.fromResponse(Problem.of(status, detailOf(exception, status)).toResponse());
    for (String header : PRESERVED_HEADERS) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        answer.header(header, value);
      }
    }
    return answer.build();
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
