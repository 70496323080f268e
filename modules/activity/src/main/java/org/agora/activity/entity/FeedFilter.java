package org.agora.activity.entity;

import java.util.Locale;
import org.agora.platform.entity.Refusal;

/**
 * What a reader narrows a feed to: all items, posts only, or questions; optionally one
 * department; optionally only items newer than {@code newerThan} (the unread ones).
 */
public record FeedFilter(Kind kind, Long departmentId, Long newerThan) {

  public enum Kind {
    ALL,
    POSTS,
    QUESTIONS
  }

  public static final FeedFilter ALL = new FeedFilter(Kind.ALL, null, null);

  public static FeedFilter of(String type, Long departmentId) {
    if (type == null || type.isBlank()) {
      return new FeedFilter(Kind.ALL, departmentId, null);
    }
    try {
      return new FeedFilter(Kind.valueOf(type.strip().toUpperCase(Locale.ROOT)), departmentId, null);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("type", "one of all, posts, questions");
    }
  }

  /** The same filter, limited to items newer than the reader's read marker. */
  public FeedFilter unreadAfter(long lastSeenId) {
    return new FeedFilter(kind, departmentId, lastSeenId);
  }

  /** SQL conditions on an {@code activity} row aliased {@code a}, with no parameters. */
  public String sql(String a) {
    StringBuilder where = new StringBuilder();
    if (kind == Kind.POSTS) {
      where.append(" and ").append(a).append(".type in ('POST','SHARE')");
    } else if (kind == Kind.QUESTIONS) {
      where.append(" and ").append(a).append(".question");
    }
    if (departmentId != null) {
      where.append(" and ")
          .append(a)
          .append(".actor_id in (select p.id from person_card p where p.department_id = ")
          .append(departmentId.longValue())
          .append(")");
    }
    if (newerThan != null) {
      where.append(" and ").append(a).append(".id > ").append(newerThan.longValue());
    }
    return where.toString();
  }
}
