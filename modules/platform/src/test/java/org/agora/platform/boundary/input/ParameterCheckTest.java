package org.agora.platform.boundary.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.agora.platform.boundary.Problem;
import org.junit.jupiter.api.Test;

class ParameterCheckTest {

  static MultivaluedHashMap<String, String> parameters(String name, String value) {
    MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
    parameters.add("limit", "20");
    parameters.add(name, value);
    return parameters;
  }

  @Test
  void aNulInAParameterIsA400NamingIt() {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> ParameterCheck.check(parameters("skill", "java\0")));
    Problem problem = (Problem) refused.getResponse().getEntity();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(new Problem.FieldError("skill", "must not contain control characters"));
  }

  @Test
  void otherControlsAreRefusedButTabsAndLineBreaksPass() {
    assertThat(catchThrowableOfType(InvalidInput.class, () -> ParameterCheck.check(parameters("q", "a\u001bb"))))
        .isNotNull();
    assertThatCode(() -> ParameterCheck.check(parameters("q", "two\tlines\r\nhere é ü"))).doesNotThrowAnyException();
  }
}
