package org.agora.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  public static Problem invalid(String detail, List<FieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
