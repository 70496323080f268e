package org.agora.surveys.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person's answers: every scale and choice question answered, free text optional. */
public class ResponseRequest {
  @Valid @Size(max = 50) public List<AnswerRequest> answers;

  public ResponseRequest() {}

  public ResponseRequest(List<AnswerRequest> answers) {
    this.answers = answers;
  }
}
