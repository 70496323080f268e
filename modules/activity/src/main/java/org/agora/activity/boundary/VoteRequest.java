package org.agora.activity.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A vote: the ids of the chosen options (one, unless the poll allows several). */
public class VoteRequest {
  @NotNull @Size(min = 1, max = PollRequest.MAX_OPTIONS) public List<@NotNull Long> options;
}
