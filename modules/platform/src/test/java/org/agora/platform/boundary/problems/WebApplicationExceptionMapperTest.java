package org.agora.platform.boundary.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import org.agora.platform.boundary.Problem;
import org.agora.platform.boundary.input.InvalidInput;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

  final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

  static Problem problem(jakarta.ws.rs.core.Response answer) {
    return (Problem) answer.getEntity();
  }

  @Test
  void aBadRequestSaidAsFieldColonMessageNamesTheField() {
    Problem answer = problem(mapper.toResponse(new BadRequestException("limit: must be between 1 and 100")));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errors()).containsExactly(new Problem.FieldError("limit", "must be between 1 and 100"));
  }

  @Test
  void aProblemAlreadyBuiltIsKeptAndOtherStatusesListNoFields() {
    assertThat(problem(mapper.toResponse(new InvalidInput("tag", "too long"))).errors())
        .containsExactly(new Problem.FieldError("tag", "too long"));
    assertThat(problem(mapper.toResponse(new NotFoundException("id: no such thing"))).errors()).isEmpty();
  }
}
