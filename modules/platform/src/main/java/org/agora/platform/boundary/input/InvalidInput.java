package org.agora.platform.boundary.input;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.agora.platform.boundary.Problem;

/** A 400 problem+json that names the one field at fault, thrown from filters and interceptors. */
public class InvalidInput extends BadRequestException {

  public InvalidInput(String field, String message) {
    super(field + ": " + message,
        Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message))).toResponse());
  }
}
