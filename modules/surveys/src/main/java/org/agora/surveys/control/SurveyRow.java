package org.agora.surveys.control;

import java.time.Instant;
import java.util.List;
import org.agora.surveys.entity.AudienceKind;
import org.agora.surveys.entity.NamedRef;
import org.agora.surveys.entity.SurveyState;

/** A stored survey without its questions. */
public record SurveyRow(long id, NamedRef owner, String title, String intro, AudienceKind audience, List<Long> departmentIds,
    NamedRef community, boolean anonymous, Instant opensAt, Instant closesAt) {

  public SurveyState state(Instant now) {
    return now.isBefore(opensAt) ? SurveyState.UPCOMING : now.isBefore(closesAt) ? SurveyState.OPEN : SurveyState.CLOSED;
  }
}
