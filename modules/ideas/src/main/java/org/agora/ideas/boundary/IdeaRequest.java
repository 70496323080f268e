package org.agora.ideas.boundary;

import jakarta.validation.constraints.Size;

/** A new idea (its text, Markdown), a vote ({@code value}: 1, -1, or 0 to take it back), or a status change. */
public class IdeaRequest {
  @Size(max = 10000) public String text;
  public Integer value;
  public org.agora.ideas.entity.IdeaStatus status;
  @Size(max = 1000) public String note;
}
