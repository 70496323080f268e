package org.agora.events.entity;

/** How many active colleagues answered an occurrence each way; {@code yes} counts confirmed places only. */
public record AnswerCounts(long yes, long maybe, long no, long waiting) {

  public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0, 0);
}
