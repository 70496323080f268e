package org.agora.platform.boundary.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.agora.platform.boundary.Problem;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

  record Vote(Integer value) {}

  static String fieldRefused(String json, Class<?> type) {
    try {
      JsonBodyCheck.check(json.getBytes(StandardCharsets.UTF_8), JsonBodyCheck.Shape.expected(type));
    } catch (InvalidInput e) {
      assertThat(e.getResponse().getStatus()).isEqualTo(400);
      return ((Problem) e.getResponse().getEntity()).errors().get(0).field();
    }
    return null;
  }

  @Test
  void aNulInsideAStringIsRefusedByItsField() {
    assertThat(fieldRefused("{\"text\": \"a\\u0000b\"}", Vote.class)).isEqualTo("text");
    assertThat(fieldRefused("{\"tags\": [\"ok\", \"bell\\u0007\"]}", Vote.class)).isEqualTo("tags");
    assertThat(fieldRefused("{\"a\": {\"b\": \"\\u001b[31m\"}}", Vote.class)).isEqualTo("b");
    assertThat(fieldRefused("{\"a\\u0000\": 1}", Vote.class)).isEqualTo("body");
  }

  @Test
  void tabsAndLineBreaksAreText() {
    assertThat(fieldRefused("{\"text\": \"one\\ttwo\\r\\nthree\"}", Vote.class)).isNull();
  }

  @Test
  void theOuterShapeMustBeWhatTheMethodTakes() {
    assertThat(fieldRefused("[1]", Map.class)).isEqualTo("body");
    assertThat(fieldRefused("[]", Vote.class)).isEqualTo("body");
    assertThat(fieldRefused("5", Vote.class)).isEqualTo("body");
    assertThat(fieldRefused("{}", List.class)).isEqualTo("body");
    assertThat(fieldRefused("{\"REACTED\": false}", Map.class)).isNull();
    assertThat(fieldRefused("\"text\"", String.class)).isNull();
  }

  @Test
  void deepNestingIsRefusedBeforeJsonBRecursesIntoIt() {
    assertThat(fieldRefused("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}", Vote.class)).isEqualTo("a");
  }

  @Test
  void malformedJsonIsTheBodysFault() {
    assertThat(fieldRefused("{\"text\": ", Vote.class)).isEqualTo("body");
    assertThat(fieldRefused("{\"text\": \"a\" \"b\"}", Vote.class)).isEqualTo("body");
  }
}
