package org.agora.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field when the request body or
 * parameters were invalid.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  public record FieldError(String field, String message) {}

  public static Problem of(Response.StatusType status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
  }

  /** A problem with a title of its own, for statuses JAX-RS names differently or not at all. */
  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, List.of());
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }

  /**
   * Writes this problem as the whole answer, with the security headers, where JAX-RS does not run:
   * servlet filters, the login mechanism, the container's error pages.
   */
  public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SecurityHeaders.addToProblem(request, response);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (!"HEAD".equals(request.getMethod())) {
      response.getWriter().write(JsonbConfigurator.jsonb().toJson(this));
    }
  }
}
