package org.agora.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.agora.platform.boundary.NativeSql;
import org.agora.surveys.entity.Answer;

/**
 * The SQL of answers. "Who answered" ({@code survey_respondent}) and "what was answered"
 * ({@code survey_response}, {@code survey_answer}) are written apart: an anonymous response has a
 * random id and neither person nor time, so no column joins it to its respondent.
 */
@ApplicationScoped
public class ResponseStore {

  @PersistenceContext EntityManager em;

  /** Records that the person answered; false if they had already. */
  public boolean claim(long surveyId, long personId, Instant now) {
    return em.createNativeQuery("insert into survey_respondent (survey_id, person_id, answered_at) values (?1, ?2, ?3)"
            + " on conflict do nothing")
        .setParameter(1, surveyId).setParameter(2, personId).setParameter(3, SurveyStore.utc(now)).executeUpdate() == 1;
  }

  public boolean answered(long surveyId, long personId) {
    return !em.createNativeQuery("select 1 from survey_respondent where survey_id = ?1 and person_id = ?2")
        .setParameter(1, surveyId).setParameter(2, personId).getResultList().isEmpty();
  }

  /** The department of the person now ({@code person_card}; null for none), kept with the response for breakdowns. */
  public Long departmentOf(long personId) {
    // Not findFirst(): a person without a department is a null element, which findFirst refuses.
    List<Long> found = NativeSql.rows(em.createNativeQuery("select department_id from person_card where id = ?1")
        .setParameter(1, personId), NativeSql.Row::nextLongOrNull);
    return found.isEmpty() ? null : found.getFirst();
  }

  /** Stores a response; {@code personId} and the time only for a named survey (null for anonymous). */
  public void insert(long surveyId, Long personId, Long departmentId, Instant changedAt, List<Answer> answers) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery("insert into survey_response (id, survey_id, person_id, department_id, changed_at)"
            + " values (cast(?1 as uuid), ?2, cast(?3 as bigint), cast(?4 as bigint), cast(?5 as timestamptz))")
        .setParameter(1, id.toString()).setParameter(2, surveyId).setParameter(3, personId).setParameter(4, departmentId)
        .setParameter(5, changedAt == null ? null : SurveyStore.utc(changedAt)).executeUpdate();
    for (Answer a : answers) {
      if (a.choices() != null) {
        a.choices().forEach(choice -> answer(id, a.question(), null, choice, null));
      } else {
        answer(id, a.question(), a.scale(), null, a.text());
      }
    }
  }

  /** Replaces a named response's answers. */
  public void replaceNamed(long surveyId, long personId, Long departmentId, Instant now, List<Answer> answers) {
    em.createNativeQuery("delete from survey_response where survey_id = ?1 and person_id = ?2")
        .setParameter(1, surveyId).setParameter(2, personId).executeUpdate();
    insert(surveyId, personId, departmentId, now, answers);
  }

  public long count(long surveyId) {
    return ((Number) em.createNativeQuery("select count(*) from survey_respondent where survey_id = ?1")
        .setParameter(1, surveyId).getSingleResult()).longValue();
  }

  public Map<Long, Long> counts(List<Long> surveyIds) {
    return NativeSql.counts(em.createNativeQuery("select survey_id, count(*) from survey_respondent"
        + " where survey_id = any(cast(?1 as bigint[])) group by survey_id").setParameter(1, NativeSql.ids(surveyIds)));
  }

  public List<Long> answeredAmong(long personId, List<Long> surveyIds) {
    return NativeSql.rows(em.createNativeQuery("select survey_id from survey_respondent where person_id = ?1"
        + " and survey_id = any(cast(?2 as bigint[]))").setParameter(1, personId).setParameter(2, NativeSql.ids(surveyIds)),
        NativeSql.Row::nextLong);
  }

  /** The person's own answers to a named survey. */
  public Optional<List<Answer>> named(long surveyId, long personId) {
    List<StoredResponse> found = read("r.survey_id = ?1 and r.person_id = ?2", surveyId, personId);
    return found.stream().findFirst().map(StoredResponse::answers);
  }

  /** Every response of the survey, with its department, for results. */
  public List<StoredResponse> all(long surveyId) {
    return read("r.survey_id = ?1", surveyId, null);
  }

  private List<StoredResponse> read(String where, long surveyId, Long personId) {
    var query = em.createNativeQuery("select cast(r.id as text), r.department_id, a.question, a.scale, a.choice, a.text"
        + " from survey_response r join survey_answer a on a.response_id = r.id where " + where
        + " order by r.id, a.question, a.choice").setParameter(1, surveyId);
    if (personId != null) {
      query.setParameter(2, personId);
    }
    Map<String, Long> departments = new LinkedHashMap<>();
    Map<String, Map<Integer, Answer>> answers = new LinkedHashMap<>();
    NativeSql.rows(query, r -> {
      String id = r.nextText();
      departments.put(id, r.nextLongOrNull());
      int question = r.nextInt();
      Integer scale = r.nextIntOrNull();
      Integer choice = r.nextIntOrNull();
      String text = r.nextText();
      answers.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(question, new Answer(question, scale,
          choice == null ? null : List.of(choice), text), ResponseStore::withChoice);
      return id;
    });
    List<StoredResponse> responses = new ArrayList<>();
    answers.forEach((id, byQuestion) -> responses.add(new StoredResponse(departments.get(id), List.copyOf(byQuestion.values()))));
    return responses;
  }

  private static Answer withChoice(Answer a, Answer b) {
    List<Integer> choices = new ArrayList<>(a.choices());
    choices.addAll(b.choices());
    return new Answer(a.question(), null, List.copyOf(choices), null);
  }

  private void answer(UUID response, int question, Integer scale, Integer choice, String text) {
    em.createNativeQuery("insert into survey_answer (response_id, question, scale, choice, text)"
            + " values (cast(?1 as uuid), ?2, cast(?3 as integer), cast(?4 as integer), ?5)")
        .setParameter(1, response.toString()).setParameter(2, question).setParameter(3, scale).setParameter(4, choice)
        .setParameter(5, text).executeUpdate();
  }
}
