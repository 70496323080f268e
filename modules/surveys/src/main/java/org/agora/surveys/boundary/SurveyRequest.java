package org.agora.surveys.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new survey. {@code opensAt} (default: now) and {@code closesAt} are ISO 8601 with an offset;
 * {@code anonymous} defaults to true.
 */
public class SurveyRequest {
  @Size(max = 200) public String title;
  @Size(max = 10000) public String intro;
  @Valid @Size(max = 50) public List<QuestionRequest> questions;
  @Valid public AudienceRequest audience;
  @Size(max = 64) public String opensAt;
  @Size(max = 64) public String closesAt;
  public Boolean anonymous;
}
