package org.agora.platform.boundary;

import jakarta.ws.rs.BadRequestException;

/** The {@code ?limit=&cursor=} pair every list takes, checked once here. */
public record PageRequest(int limit, Long after) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public static PageRequest of(Integer limit, String cursor) {
    return of(limit, cursor, MAX_LIMIT);
  }

  /** For the few lists whose readers need more than {@link #MAX_LIMIT} at once (a month of events). */
  public static PageRequest of(Integer limit, String cursor, int max) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > max) {
      throw new BadRequestException("limit: must be between 1 and " + max);
    }
    return new PageRequest(size, Cursor.decode(cursor));
  }

  /** How many rows to fetch: one more than shown, to know whether a next page exists. */
  public int fetchSize() {
    return limit + 1;
  }
}
