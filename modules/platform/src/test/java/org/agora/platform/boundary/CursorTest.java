package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void aCursorDecodesToTheKeyItWasMadeFrom() {
    assertThat(Cursor.decode(Cursor.encode(4711L))).isEqualTo(4711L);
    assertThat(Cursor.decode(null)).isNull();
  }

  @Test
  void aForgedCursorIsTheClientsMistake() {
    assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(BadRequestException.class);
  }

  @Test
  void aPageHasANextCursorOnlyWhenMoreRowsWereFound() {
    Page<Long> last = Page.of(List.of(9L, 8L), 2, Long::longValue);
    assertThat(last.next()).isNull();

    Page<Long> more = Page.of(List.of(9L, 8L, 7L), 2, Long::longValue);
    assertThat(more.items()).containsExactly(9L, 8L);
    assertThat(Cursor.decode(more.next())).isEqualTo(8L);
  }

  @Test
  void limitsOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(BadRequestException.class);
    assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
  }
}
