package org.agora.activity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A poll for a new post: 2 to 10 answers, one or several per voter, optionally closing at a time,
 * named (everyone who may read the post sees who chose what) or anonymous.
 */
public class PollRequest {
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 10;
  public static final int MAX_OPTION_TEXT = 200;

  @NotNull @Size(min = MIN_OPTIONS, max = MAX_OPTIONS)
  public List<@NotBlank @Size(max = MAX_OPTION_TEXT) String> options;
  public Boolean multiple;
  public OffsetDateTime closesAt;
  public Boolean anonymous;

  public PollRequest() {}

  public PollRequest(List<String> options, boolean multiple, OffsetDateTime closesAt, boolean anonymous) {
    this.options = options;
    this.multiple = multiple;
    this.closesAt = closesAt;
    this.anonymous = anonymous;
  }
}
