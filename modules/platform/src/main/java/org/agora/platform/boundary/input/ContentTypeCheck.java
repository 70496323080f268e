package org.agora.platform.boundary.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A body must say what it is. A wildcard Content-Type ({@code *}{@code /*}) matches every
 * {@code @Consumes} and sent a bookmark import into the multipart reader, which failed with a 500;
 * a multipart body without its boundary cannot be split. Both answer 415 problem+json before any
 * reader runs.
 * Runs after the write rate limit, so that refused writes count against it too.
 */
@Provider
@Priority(Priorities.USER + 100)
public class ContentTypeCheck implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type;
    try {
      type = request.getMediaType();
    } catch (RuntimeException unreadable) {
      throw new NotSupportedException("Content-Type: not a media type");
    }
    if (type == null || !request.hasEntity()) {
      return;
    }
    if (type.isWildcardType() || type.isWildcardSubtype()) {
      throw new NotSupportedException("Content-Type: name the body's type, such as application/json");
    }
    if ("multipart".equals(type.getType()) && !type.getParameters().containsKey("boundary")) {
      throw new NotSupportedException("Content-Type: a multipart body needs its boundary parameter");
    }
  }
}
