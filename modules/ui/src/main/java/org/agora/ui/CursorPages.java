package org.agora.ui;

import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.platform.boundary.Cursor;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;

/**
 * Serves a keyset-paginated list to a lazy Vaadin component, which asks by offset and limit. The
 * boundaries only read forward from a cursor, so pages are read in order and kept: scrolling back
 * costs nothing, and a filter change simply starts a new instance.
 */
public final class CursorPages<T> implements Serializable {

  private final SerializableFunction<PageRequest, Page<T>> source;
  private final int pageSize;
  private final List<T> rows = new ArrayList<>();
  private Long after;
  private boolean complete;

  public CursorPages(SerializableFunction<PageRequest, Page<T>> source) {
    this(source, PageRequest.MAX_LIMIT);
  }

  CursorPages(SerializableFunction<PageRequest, Page<T>> source, int pageSize) {
    this.source = source;
    this.pageSize = pageSize;
  }

  /** The rows from {@code offset} on, at most {@code limit} of them, reading pages as needed. */
  public Stream<T> fetch(int offset, int limit) {
    int end = (int) Math.min((long) offset + limit, Integer.MAX_VALUE);
    while (rows.size() < end && !complete) {
      readNextPage();
    }
    return List.copyOf(rows.subList(Math.min(offset, rows.size()), Math.min(end, rows.size())))
        .stream();
  }

  /** Whether the list has no rows at all; reads the first page if needed. */
  public boolean isEmpty() {
    return fetch(0, 1).findAny().isEmpty();
  }

  private void readNextPage() {
    Page<T> page = source.apply(new PageRequest(pageSize, after));
    rows.addAll(page.items());
    complete = page.next() == null;
    if (!complete) {
      after = Cursor.decode(page.next());
    }
  }
}
