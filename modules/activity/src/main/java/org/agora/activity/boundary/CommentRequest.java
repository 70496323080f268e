package org.agora.activity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a post, or the new text of an edited post or comment. */
public class CommentRequest {
  public static final int MAX_TEXT = 5_000;

  @NotBlank @Size(max = PostRequest.MAX_TEXT) public String text;
}
