package org.agora.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.control.AnswerRules;
import org.agora.surveys.control.ResponseStore;
import org.agora.surveys.control.SurveyAccess;
import org.agora.surveys.control.SurveyAudiences;
import org.agora.surveys.control.SurveyRow;
import org.agora.surveys.control.SurveyStore;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.SurveyState;

/**
 * Answering a survey, once per person; changing the answers of a named survey until it closes.
 * An anonymous response is stored without the person and the time, so it cannot be given back,
 * changed or withdrawn: once sent, it is the organisation's, not linked to anyone.
 */
@ApplicationScoped
@Transactional
public class Responses {

  @Inject SurveyAccess access;
  @Inject SurveyAudiences audiences;
  @Inject SurveyStore surveys;
  @Inject ResponseStore store;
  @Inject Clock clock;

  public void answer(AgoraPrincipal who, long surveyId, ResponseRequest request) {
    SurveyRow survey = askedAndOpen(who, surveyId);
    List<Answer> answers = AnswerRules.checked(surveys.questions(surveyId), given(request));
    Instant now = Instant.now(clock);
    if (!store.claim(surveyId, who.id(), now)) {
      throw Refusal.conflict(survey.anonymous()
          ? "You have already answered this survey; anonymous answers cannot be changed."
          : "You have already answered this survey; change your answers instead.");
    }
    Long department = store.departmentOf(who.id());
    if (survey.anonymous()) {
      store.insert(surveyId, null, department, null, answers);
    } else {
      store.insert(surveyId, who.id(), department, now, answers);
    }
  }

  public void change(AgoraPrincipal who, long surveyId, ResponseRequest request) {
    SurveyRow survey = askedAndOpen(who, surveyId);
    if (survey.anonymous()) {
      throw Refusal.conflict("Answers to an anonymous survey cannot be changed: nothing links them to you.");
    }
    if (!store.answered(surveyId, who.id())) {
      throw Refusal.conflict("You have not answered this survey yet.");
    }
    List<Answer> answers = AnswerRules.checked(surveys.questions(surveyId), given(request));
    store.replaceNamed(surveyId, who.id(), store.departmentOf(who.id()), Instant.now(clock), answers);
  }

  private SurveyRow askedAndOpen(AgoraPrincipal who, long surveyId) {
    SurveyRow survey = access.readable(who, surveyId);
    if (!audiences.asks(surveyId, who.id())) {
      throw Refusal.forbidden("This survey does not ask you: it is for its audience only.");
    }
    SurveyState state = survey.state(Instant.now(clock));
    if (state != SurveyState.OPEN) {
      throw Refusal.conflict(state == SurveyState.UPCOMING ? "The survey is not open yet." : "The survey is closed.");
    }
    return survey;
  }

  private static List<AnswerRules.Given> given(ResponseRequest request) {
    return request.answers == null ? List.of() : request.answers.stream()
        .map(a -> a == null ? null : new AnswerRules.Given(a.question, a.scale, a.choices, a.text)).toList();
  }
}
