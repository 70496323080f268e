package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.platform.boundary.Cursor;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

  @Test
  void roundTripsScoreKeyAndOriginExactly() {
    SearchCursor cursor = new SearchCursor(1_790_000_000_123L, 7.1234567f, "person:42");
    assertThat(SearchCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void keysMayContainColons() {
    SearchCursor cursor = new SearchCursor(1, 0.5, "post:7:with:colons");
    assertThat(SearchCursor.decode(cursor.encode()).key()).isEqualTo("post:7:with:colons");
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(SearchCursor.decode(null)).isNull();
    assertThat(SearchCursor.decode(" ")).isNull();
  }

  @Test
  void forgedOrForeignCursorsAreBadRequests() {
    assertThatThrownBy(() -> SearchCursor.decode("forged!")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> SearchCursor.decode(Cursor.encode(5))).isInstanceOf(Refusal.class);
    String nan = java.util.Base64.getUrlEncoder().encodeToString("s1:1:NaN:person:1".getBytes());
    assertThatThrownBy(() -> SearchCursor.decode(nan)).isInstanceOf(Refusal.class);
    String noKey = java.util.Base64.getUrlEncoder().encodeToString("s1:1:2.0:".getBytes());
    assertThatThrownBy(() -> SearchCursor.decode(noKey)).isInstanceOf(Refusal.class);
  }
}
