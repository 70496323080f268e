package org.agora.surveys.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/** The answer to question {@code question} (from 1): {@code scale} 1-5, {@code choices} (option numbers from 1) or {@code text}. */
public class AnswerRequest {
  public Integer question;
  public Integer scale;
  @Size(max = 20) public List<Integer> choices;
  @Size(max = 5000) public String text;

  public AnswerRequest() {}

  public AnswerRequest(int question, Integer scale, List<Integer> choices, String text) {
    this.question = question;
    this.scale = scale;
    this.choices = choices;
    this.text = text;
  }
}
