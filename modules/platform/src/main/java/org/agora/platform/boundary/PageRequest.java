package org.agora.platform.boundary;

import jakarta.ws.rs.BadRequestException;

/** The {@code ?limit=&cursor=} pair every list takes, checked once here. */
public record PageRequest(int limit, Long after) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public static PageRequest of(Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new BadRequestException("limit: must be between 1 and " + MAX_LIMIT);
    }
    return new PageRequest(size, Cursor.decode(cursor));
  }

  /** How many rows to fetch: one more than shown, to know whether a next page exists. */
  public int fetchSize() {
    return limit + 1;
  }
}
