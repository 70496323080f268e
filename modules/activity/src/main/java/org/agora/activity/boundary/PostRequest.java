package org.agora.activity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new post: Markdown text, optionally into a community, optionally a question, optionally with a poll. A class rather
 * than a record because Payara's OpenAPI generator fails on constrained record components.
 */
public class PostRequest {
  public static final int MAX_TEXT = 10_000;

  @NotBlank @Size(max = MAX_TEXT) public String text;
  public Long communityId;
  public Boolean question;
  @Valid public PollRequest poll;
}
