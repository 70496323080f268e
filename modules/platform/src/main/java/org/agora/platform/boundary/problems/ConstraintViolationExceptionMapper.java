package org.agora.platform.boundary.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.agora.platform.boundary.Problem;

/** Bean Validation failures become a 400 that lists every offending field by its JSON name. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
    return Problem.invalid(detail, errors).toResponse();
  }

  /**
   * The path of a violation on a resource method reads {@code create.arg0.name}: the method and
   * parameter add nothing for the client, the last node is the field it sent.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    String field = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        field = node.getName();
      }
    }
    return field == null ? "request" : field;
  }
}
