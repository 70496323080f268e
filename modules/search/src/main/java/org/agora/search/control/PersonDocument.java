package org.agora.search.control;

import java.time.Instant;
import java.util.List;

/**
 * A colleague as the people index holds them: what is searched, faceted and shown, never their
 * password, e-mail or phone. {@code date} is when they joined.
 */
public record PersonDocument(
    String type,
    long id,
    String key,
    String displayName,
    String username,
    String title,
    String about,
    String department,
    Long departmentId,
    String location,
    List<String> skills,
    List<String> languages,
    Instant date,
    long followers,
    long endorsements,
    String avatarUrl,
    Completion suggest) {

  /** The type-ahead entry: every way of starting to type the name; more followers rank higher. */
  public record Completion(List<String> input, int weight) {}
}
