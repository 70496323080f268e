package org.agora.activity.boundary;

import jakarta.validation.constraints.Size;

/** Re-posting a post, with an optional comment of one's own, optionally into a community. */
public class ShareRequest {
  @Size(max = CommentRequest.MAX_TEXT) public String text;
  public Long communityId;
}
