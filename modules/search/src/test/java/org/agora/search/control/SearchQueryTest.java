package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  static final List<String> TYPES = List.of("person", "post");

  static SearchQuery query(String q, String type, String from, String to, Integer limit) {
    return SearchQuery.of(q, type, null, null, null, from, to, limit, null, TYPES);
  }

  @Test
  void noTypeMeansEveryType() {
    assertThat(query("java", null, null, null, null).types()).containsExactlyInAnyOrder("person", "post");
    assertThat(query("java", "Person", null, null, null).types()).containsExactly("person");
  }

  @Test
  void emptyTooLongAndUnknownAreBadRequests() {
    assertThatThrownBy(() -> query(null, null, null, null, null)).isInstanceOf(Refusal.class).hasMessageStartingWith("q:");
    assertThatThrownBy(() -> query("   ", null, null, null, null)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> query("x".repeat(201), null, null, null, null)).isInstanceOf(Refusal.class);
    assertThat(query("x".repeat(200), null, null, null, null).text()).hasSize(200);
    assertThatThrownBy(() -> query("java", "robot", null, null, null))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("person");
    assertThatThrownBy(() -> query("java", null, null, null, 0)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> query("java", null, null, null, 51)).isInstanceOf(Refusal.class);
  }

  @Test
  void aDayAsUpperBoundIncludesTheWholeDay() {
    SearchQuery q = query("java", null, "2026-01-01", "2026-01-31", null);
    assertThat(q.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(q.to()).isEqualTo(Instant.parse("2026-01-31T23:59:59.999Z"));
    assertThat(query("java", null, "2026-01-01T10:00:00Z", null, null).from()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
  }

  @Test
  void malformedOrReversedDatesAreBadRequests() {
    assertThatThrownBy(() -> query("java", null, "yesterday", null, null)).isInstanceOf(Refusal.class).hasMessageStartingWith("from:");
    assertThatThrownBy(() -> query("java", null, "2026-02-01", "2026-01-01", null)).isInstanceOf(Refusal.class);
  }
}
