package org.agora.platform.boundary;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a keyset-paginated list, as every list in the API answers it: the items and the
 * cursor of the next page, or {@code null} when there is none.
 */
public record Page<T>(List<T> items, String next) {

  /**
   * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
   * another page exists, and the cursor points after the last row shown.
   */
  public static <T> Page<T> of(List<T> rowsPlusOne, int limit, ToLongFunction<T> keyOf) {
    if (rowsPlusOne.size() <= limit) {
      return new Page<>(List.copyOf(rowsPlusOne), null);
    }
    List<T> items = List.copyOf(rowsPlusOne.subList(0, limit));
    return new Page<>(items, Cursor.encode(keyOf.applyAsLong(items.get(limit - 1))));
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), next);
  }
}
