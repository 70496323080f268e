package org.agora.activity.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.agora.activity.control.ActivityStreams;
import org.agora.activity.entity.FeedItem;
import org.agora.platform.boundary.Page;

/** Answers a feed page as plain JSON, or as Activity Streams 2.0 when the client asks for it. */
final class FeedAnswer {

  private FeedAnswer() {}

  static Response of(Page<FeedItem> page, UriInfo uri, HttpHeaders headers) {
    if (!ActivityStreams.wanted(headers.getAcceptableMediaTypes())) {
      return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }
    URI self = uri.getRequestUri();
    URI next = page.next() == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
    return Response.ok(ActivityStreams.page(page, self, next, uri.getBaseUri().resolve("../../")), ActivityStreams.MEDIA_TYPE)
        .build();
  }
}
