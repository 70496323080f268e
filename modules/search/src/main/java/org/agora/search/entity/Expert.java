package org.agora.search.entity;

import java.util.List;

/**
 * A colleague ranked for a topic: why ({@code reasons}, such as "12 posts tagged kubernetes", and
 * the same as {@code signals} for an app to put in its own words) and the evidence the reader may
 * open.
 */
public record Expert(
    long id,
    String displayName,
    String department,
    String location,
    double score,
    List<String> reasons,
    List<Signal> signals,
    List<Evidence> evidence) {

  /**
   * One reason as data: {@code kind} is tagged, answers, endorsements, declared, bookmarks or
   * mentions; {@code count} how many (1 for declared).
   */
  public record Signal(String kind, long count) {}

  /** One post, answer or bookmark that shows the expertise. */
  public record Evidence(String type, long id, String url) {}
}
