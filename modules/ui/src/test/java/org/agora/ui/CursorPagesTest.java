package org.agora.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.junit.jupiter.api.Test;

class CursorPagesTest {

  /** A keyset-paginated list of the numbers 1..count that records every page request. */
  static final class Numbers {
    final List<PageRequest> requests = new ArrayList<>();
    final int count;

    Numbers(int count) {
      this.count = count;
    }

    Page<Long> page(PageRequest request) {
      requests.add(request);
      long after = request.after() == null ? 0 : request.after();
      List<Long> rows =
          LongStream.rangeClosed(after + 1, count).limit(request.fetchSize()).boxed().toList();
      return Page.of(rows, request.limit(), n -> n);
    }
  }

  @Test
  void readsForwardPageByPageUntilTheAskedRangeIsCovered() {
    Numbers numbers = new Numbers(25);
    CursorPages<Long> pages = new CursorPages<>(numbers::page, 10);

    assertThat(pages.fetch(12, 5)).containsExactly(13L, 14L, 15L, 16L, 17L);
    assertThat(numbers.requests).extracting(PageRequest::after).containsExactly(null, 10L);
  }

  @Test
  void servesRowsAlreadyReadWithoutAskingAgain() {
    Numbers numbers = new Numbers(25);
    CursorPages<Long> pages = new CursorPages<>(numbers::page, 10);
    pages.fetch(0, 20).toList();

    assertThat(pages.fetch(5, 3)).containsExactly(6L, 7L, 8L);
    assertThat(numbers.requests).hasSize(2);
  }

  @Test
  void stopsAtTheEndOfTheList() {
    Numbers numbers = new Numbers(25);
    CursorPages<Long> pages = new CursorPages<>(numbers::page, 10);

    assertThat(pages.fetch(20, 50)).containsExactly(21L, 22L, 23L, 24L, 25L);
    assertThat(pages.fetch(40, 10)).isEmpty();
    assertThat(numbers.requests).hasSize(3);
  }

  @Test
  void anEmptyListIsEmptyAfterOneRequest() {
    Numbers numbers = new Numbers(0);
    CursorPages<Long> pages = new CursorPages<>(numbers::page, 10);

    assertThat(pages.isEmpty()).isTrue();
    assertThat(pages.fetch(0, 100)).isEmpty();
    assertThat(numbers.requests).hasSize(1);
  }

  @Test
  void aHugeLimitDoesNotOverflow() {
    CursorPages<Long> pages = new CursorPages<>(new Numbers(3)::page, 10);

    assertThat(pages.fetch(1, Integer.MAX_VALUE)).containsExactly(2L, 3L);
  }
}
