package org.agora.platform.boundary.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.agora.platform.boundary.Problem;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class RefusalMapperTest {

  final RefusalMapper mapper = new RefusalMapper();

  @Test
  void anInvalidValueIsA400NamingItsField() {
    Response answer = mapper.toResponse(Refusal.invalid("url", "only http and https links can be saved"));

    Problem problem = (Problem) answer.getEntity();
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(problem.detail()).isEqualTo("url: only http and https links can be saved");
    assertThat(problem.errors()).containsExactly(new Problem.FieldError("url", "only http and https links can be saved"));
  }

  @Test
  void eachKindAnswersWithItsStatusAndMessage() {
    assertThat(mapper.toResponse(Refusal.notFound("No post with id 7")).getStatus()).isEqualTo(404);
    assertThat(mapper.toResponse(Refusal.forbidden("Only owners")).getStatus()).isEqualTo(403);
    Problem conflict = (Problem) mapper.toResponse(Refusal.conflict("name: taken")).getEntity();
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.title()).isEqualTo("Conflict");
    assertThat(conflict.detail()).isEqualTo("name: taken");
    assertThat(conflict.errors()).isEmpty();
  }
}
