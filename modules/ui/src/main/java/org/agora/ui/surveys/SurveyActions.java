package org.agora.ui.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.boundary.ResponseRequest;
import org.agora.surveys.boundary.Responses;
import org.agora.surveys.boundary.Results;
import org.agora.surveys.boundary.SurveyRequest;
import org.agora.surveys.boundary.Surveys;
import org.agora.surveys.entity.AudienceChoices;
import org.agora.surveys.entity.SurveyResults;
import org.agora.surveys.entity.SurveySummary;
import org.agora.surveys.entity.SurveyView;
import org.agora.ui.layout.Refusals;

/** What a reader does with surveys in the app; a refusal becomes a translated message, never an error page. */
@Dependent
class SurveyActions {

  @Inject Surveys surveys;
  @Inject Responses responses;
  @Inject Results results;
  @Inject CurrentUser currentUser;

  private AgoraPrincipal reader;

  @PostConstruct
  void takeReader() {
    reader = currentUser.required();
  }

  /** The surveys the reader is asked and the ones they own, newest first. */
  List<SurveySummary> list() {
    return surveys.list(reader);
  }

  /** Whom the reader may ask; nobody (and so no "New survey") when the service cannot say. */
  AudienceChoices audiences() {
    try {
      return surveys.audiences(reader);
    } catch (WebApplicationException | Refusal refused) {
      return new AudienceChoices(false, List.of(), List.of());
    }
  }

  /** The survey as the reader may see it; empty when it does not exist or is not theirs to see. */
  Optional<SurveyView> survey(long id) {
    try {
      return Optional.of(surveys.get(reader, id));
    } catch (WebApplicationException | Refusal hidden) {
      return Optional.empty();
    }
  }

  /** Whether the reader is among the survey's audience (an owner or an admin need not be). */
  boolean asked(SurveyView survey) {
    return survey.asked();
  }

  /** The results for the survey's owners and admins; empty for anyone else. */
  Optional<SurveyResults> results(long id) {
    try {
      return Optional.of(results.of(reader, id));
    } catch (WebApplicationException | Refusal hidden) {
      return Optional.empty();
    }
  }

  /** Creates the survey; its id, or null when refused. */
  Long create(SurveyRequest request) {
    return Refusals.attemptFor(() -> surveys.create(reader, request));
  }

  /** Sends the reader's first answers, or changes those of a named survey; false when refused. */
  boolean answer(long id, ResponseRequest request, boolean change) {
    return Refusals.attempt(() -> {
      if (change) {
        responses.change(reader, id, request);
      } else {
        responses.answer(reader, id, request);
      }
    });
  }

  boolean close(long id) {
    return Refusals.attempt(() -> surveys.close(reader, id));
  }

}
