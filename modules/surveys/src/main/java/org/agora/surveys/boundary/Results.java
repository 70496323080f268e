package org.agora.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agora.platform.boundary.Csv;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.surveys.control.ResponseStore;
import org.agora.surveys.control.ResultSheet;
import org.agora.surveys.control.StoredResponse;
import org.agora.surveys.control.SurveyAccess;
import org.agora.surveys.control.SurveyAudiences;
import org.agora.surveys.control.SurveyRow;
import org.agora.surveys.control.SurveyStore;
import org.agora.surveys.entity.GroupResult;
import org.agora.surveys.entity.OptionCount;
import org.agora.surveys.entity.QuestionResult;
import org.agora.surveys.entity.SurveyResults;

/**
 * A survey's results for its owners, under the anonymity rules: nothing until
 * {@value #MINIMUM_GROUP} people answered, departments with fewer merged (docs/surveys.md).
 */
@ApplicationScoped
@Transactional
public class Results {

  /** The smallest group whose answers are shown: the whole survey, and each department apart. */
  public static final int MINIMUM_GROUP = 5;

  @Inject SurveyAccess access;
  @Inject SurveyStore surveys;
  @Inject SurveyAudiences audiences;
  @Inject ResponseStore responses;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();

  public SurveyResults of(AgoraPrincipal reader, long surveyId) {
    SurveyRow survey = access.owned(reader, surveyId);
    long count = responses.count(surveyId);
    long audience = audiences.audienceSize(surveyId);
    boolean hidden = count < MINIMUM_GROUP;
    List<QuestionResult> questions = List.of();
    if (!hidden) {
      List<StoredResponse> all = responses.all(surveyId);
      List<Long> departments = all.stream().map(StoredResponse::departmentId).filter(Objects::nonNull).distinct().toList();
      questions = new ResultSheet(surveys.questions(surveyId), all, surveys.departmentNames(departments), MINIMUM_GROUP, random)
          .questions();
    }
    return new SurveyResults(surveyId, survey.title(), survey.anonymous(), survey.state(Instant.now(clock)), audience, count,
        MINIMUM_GROUP, hidden, questions);
  }

  /** One line per question, group and answer; free texts one per line in random order; mean and median as lines. */
  public String csv(AgoraPrincipal reader, long surveyId) {
    SurveyResults results = of(reader, surveyId);
    List<List<?>> rows = new ArrayList<>();
    rows.add(List.of("", "", "all", "responses", results.responses()));
    for (QuestionResult q : results.questions()) {
      for (OptionCount c : q.distribution()) {
        rows.add(List.of(q.number(), q.text(), "all", c.label(), c.count()));
      }
      if (q.mean() != null) {
        rows.add(List.of(q.number(), q.text(), "all", "mean", q.mean()));
        rows.add(List.of(q.number(), q.text(), "all", "median", q.median()));
      }
      q.texts().forEach(text -> rows.add(List.of(q.number(), q.text(), "all", text, 1)));
      for (GroupResult g : q.byDepartment()) {
        String group = g.other() ? "other departments" : g.department();
        rows.add(List.of(q.number(), q.text(), group, "responses", g.responses()));
        g.distribution().forEach(c -> rows.add(List.of(q.number(), q.text(), group, c.label(), c.count())));
        if (g.mean() != null) {
          rows.add(List.of(q.number(), q.text(), group, "mean", g.mean()));
        }
      }
    }
    return Csv.of(List.of("question", "text", "group", "answer", "count"), rows);
  }
}
