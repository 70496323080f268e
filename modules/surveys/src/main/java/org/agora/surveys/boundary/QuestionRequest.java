package org.agora.surveys.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A question of a new survey: SCALE (optional end labels), CHOICE (2-10 options, single or multiple) or TEXT. */
public class QuestionRequest {
  @Size(max = 10) public String kind;
  @Size(max = 500) public String text;
  @Size(max = 20) public List<@Size(max = 200) String> options;
  public Boolean multiple;
  @Size(max = 100) public String lowLabel;
  @Size(max = 100) public String highLabel;

  public QuestionRequest() {}

  public QuestionRequest(String kind, String text) {
    this.kind = kind;
    this.text = text;
  }
}
