package org.agora.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Surveys' share of a person's export and erasure: the surveys they created, which surveys they
 * answered, and their answers to named surveys. Anonymous answers are in no export: nothing links
 * them to anyone (docs/surveys.md).
 *
 * <p>Erasure makes a named response anonymous instead of deleting it: it then holds exactly what
 * an anonymous response holds (a random id, the survey, the department when answering). Results
 * already reported stay true, and no owner can learn the person's answers by comparing results
 * before and after the erasure, as they could if the answers vanished. Who answered
 * ({@code survey_respondent}) is kept for the same reason: it is the respondent count, now of an
 * anonymised account. Surveys the person created are the organisation's and hold colleagues'
 * answers: they stay; only those nobody answered yet go when authored content is not kept.
 */
@ApplicationScoped
@Transactional
public class SurveysPersonalData implements PersonalData {

  public record CreatedSurvey(
      long id, String title, String intro, boolean anonymous, String audience, Instant opensAt, Instant closesAt,
      Instant createdAt, List<String> questions) {}

  /** "Answered survey X": for an anonymous survey, that is all Agora can tell. */
  public record AnsweredSurvey(long surveyId, String survey, boolean anonymous, Instant answeredAt) {}

  public record NamedResponse(long surveyId, String survey, Instant changedAt, List<GivenAnswer> answers) {}

  /** One scale point, chosen option or text; a question with several choices has one per choice. */
  public record GivenAnswer(int question, String questionText, Integer scale, String choice, String text) {}

  record AnswerRow(long surveyId, String survey, Instant changedAt, GivenAnswer answer) {}

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("surveys/created.json", created(personId)),
            PersonalData.json("surveys/answered.json", answered(personId)),
            PersonalData.json("surveys/named-answers.json", responses(named(personId))))
        .flatMap(Optional::stream).toList();
  }

  private List<CreatedSurvey> created(long personId) {
    Map<Long, List<String>> questions = NativeSql.grouped(em.createNativeQuery(
            "select q.survey_id, q.number || '. ' || q.text from survey_question q join survey s on s.id = q.survey_id"
                + " where s.owner_id = ?1 order by q.survey_id, q.number")
        .setParameter(1, personId));
    return NativeSql.rows(em.createNativeQuery(
            "select id, title, intro, anonymous, audience_kind, opens_at, closes_at, created_at from survey"
                + " where owner_id = ?1 order by id")
        .setParameter(1, personId), r -> {
          long id = r.nextLong();
          return new CreatedSurvey(id, r.nextText(), r.nextText(), r.nextBoolean(), r.nextText(), r.nextInstant(),
              r.nextInstant(), r.nextInstant(), questions.getOrDefault(id, List.of()));
        });
  }

  private List<AnsweredSurvey> answered(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select s.id, s.title, s.anonymous, r.answered_at from survey_respondent r join survey s on s.id = r.survey_id"
                + " where r.person_id = ?1 order by r.answered_at")
        .setParameter(1, personId), r -> new AnsweredSurvey(r.nextLong(), r.nextText(), r.nextBoolean(), r.nextInstant()));
  }

  private List<AnswerRow> named(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select r.survey_id, s.title, r.changed_at, a.question, q.text, a.scale, o.label, a.text"
                + " from survey_response r join survey s on s.id = r.survey_id"
                + " join survey_answer a on a.response_id = r.id"
                + " join survey_question q on q.survey_id = r.survey_id and q.number = a.question"
                + " left join survey_option o on o.survey_id = r.survey_id and o.question = a.question and o.number = a.choice"
                + " where r.person_id = ?1 order by r.survey_id, a.question, a.choice")
        .setParameter(1, personId), r -> new AnswerRow(r.nextLong(), r.nextText(), r.nextInstant(),
            new GivenAnswer(r.nextInt(), r.nextText(), r.nextIntOrNull(), r.nextText(), r.nextText())));
  }

  /** The answer rows (ordered by survey) as one response per survey. */
  static List<NamedResponse> responses(List<AnswerRow> rows) {
    Map<Long, NamedResponse> bySurvey = new LinkedHashMap<>();
    for (AnswerRow row : rows) {
      bySurvey.computeIfAbsent(row.surveyId(),
          id -> new NamedResponse(id, row.survey(), row.changedAt(), new ArrayList<>())).answers().add(row.answer());
    }
    return List.copyOf(bySurvey.values());
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    em.createNativeQuery("update survey_response set person_id = null, changed_at = null where person_id = ?1")
        .setParameter(1, personId).executeUpdate();
    if (!keepContent) {
      em.createNativeQuery("delete from survey s where s.owner_id = ?1"
              + " and not exists (select 1 from survey_respondent r where r.survey_id = s.id)")
          .setParameter(1, personId).executeUpdate();
    }
  }
}
