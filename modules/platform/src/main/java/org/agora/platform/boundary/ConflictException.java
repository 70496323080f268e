package org.agora.platform.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** 409: the request is well-formed but clashes with the current state (duplicate, last owner, ...). */
public class ConflictException extends ClientErrorException {

  public ConflictException(String message) {
    super(message, Response.Status.CONFLICT);
  }
}
