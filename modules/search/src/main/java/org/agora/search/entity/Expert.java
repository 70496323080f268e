package org.agora.search.entity;

import java.util.List;

/**
 * A colleague ranked for a topic: why ({@code reasons}, such as "12 posts tagged kubernetes") and
 * the evidence the reader may open.
 */
public record Expert(
    long id,
    String displayName,
    String department,
    String location,
    double score,
    List<String> reasons,
    List<Evidence> evidence) {

  /** One post, answer or bookmark that shows the expertise. */
  public record Evidence(String type, long id, String url) {}
}
