package org.agora.search.control;

import java.time.Instant;

/**
 * What one person has shown about one topic, as far as the reader may see: a declared skill, how
 * many colleagues endorsed it, posts and comments tagged with it (and the newest of them), accepted
 * answers to questions tagged with it, posts that mention it without the tag, bookmarks tagged with it.
 */
public record ExpertSignals(
    boolean declared, long endorsements, long tagged, Instant lastTagged, long answers, long mentions, long bookmarks) {

  public static final ExpertSignals NONE = new ExpertSignals(false, 0, 0, null, 0, 0, 0);

  public ExpertSignals withDeclared() {
    return new ExpertSignals(true, endorsements, tagged, lastTagged, answers, mentions, bookmarks);
  }

  public ExpertSignals withEndorsements(long n) {
    return new ExpertSignals(declared, n, tagged, lastTagged, answers, mentions, bookmarks);
  }

  public ExpertSignals withTagged(long n, Instant last) {
    return new ExpertSignals(declared, endorsements, n, last, answers, mentions, bookmarks);
  }

  public ExpertSignals withAnswers(long n) {
    return new ExpertSignals(declared, endorsements, tagged, lastTagged, n, mentions, bookmarks);
  }

  public ExpertSignals withMentions(long n) {
    return new ExpertSignals(declared, endorsements, tagged, lastTagged, answers, n, bookmarks);
  }

  public ExpertSignals withBookmarks(long n) {
    return new ExpertSignals(declared, endorsements, tagged, lastTagged, answers, mentions, n);
  }
}
