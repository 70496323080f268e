package org.agora.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.platform.boundary.NativeSql;
import org.agora.surveys.entity.AudienceKind;
import org.agora.surveys.entity.NamedRef;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;

/**
 * The SQL of surveys and their questions. Names come from the views people and communities
 * publish ({@code person_card}, {@code community_card}); who is asked is {@link SurveyAudiences}'.
 */
@ApplicationScoped
public class SurveyStore {

  static final String SELECT = "select s.id, s.owner_id, p.display_name, s.title, s.intro, s.audience_kind,"
      + " array_to_string(s.department_ids, ','), s.community_id, c.name, s.anonymous, s.opens_at, s.closes_at"
      + " from survey s join person_card p on p.id = s.owner_id left join community_card c on c.id = s.community_id";

  @PersistenceContext EntityManager em;

  public long insert(long ownerId, SurveyDraft draft, Instant now) {
    long id = ((Number) em.createNativeQuery("insert into survey (owner_id, title, intro, audience_kind, department_ids,"
                + " community_id, anonymous, opens_at, closes_at, created_at)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as bigint[]), cast(?6 as bigint), ?7, ?8, ?9, ?10) returning id")
            .setParameter(1, ownerId).setParameter(2, draft.title()).setParameter(3, draft.intro())
            .setParameter(4, draft.audience().name()).setParameter(5, NativeSql.ids(draft.departmentIds()))
            .setParameter(6, draft.communityId()).setParameter(7, draft.anonymous()).setParameter(8, utc(draft.opensAt()))
            .setParameter(9, utc(draft.closesAt())).setParameter(10, utc(now))
            .getSingleResult()).longValue();
    for (Question q : draft.questions()) {
      em.createNativeQuery("insert into survey_question (survey_id, number, kind, text, multiple, low_label, high_label)"
              + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, id).setParameter(2, q.number()).setParameter(3, q.kind().name()).setParameter(4, q.text())
          .setParameter(5, q.multiple()).setParameter(6, q.lowLabel()).setParameter(7, q.highLabel()).executeUpdate();
      for (int i = 0; i < q.options().size(); i++) {
        em.createNativeQuery("insert into survey_option (survey_id, question, number, label) values (?1, ?2, ?3, ?4)")
            .setParameter(1, id).setParameter(2, q.number()).setParameter(3, i + 1).setParameter(4, q.options().get(i))
            .executeUpdate();
      }
    }
    return id;
  }

  public Optional<SurveyRow> find(long id) {
    return NativeSql.rows(em.createNativeQuery(SELECT + " where s.id = ?1").setParameter(1, id), SurveyStore::row)
        .stream().findFirst();
  }

  /** The surveys whose ids are given, newest opening first. */
  public List<SurveyRow> all(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return NativeSql.rows(em.createNativeQuery(SELECT + " where s.id = any(cast(?1 as bigint[])) order by s.opens_at desc, s.id desc")
        .setParameter(1, NativeSql.ids(ids)), SurveyStore::row);
  }

  public List<Question> questions(long surveyId) {
    Map<Integer, List<String>> options = new HashMap<>();
    NativeSql.rows(em.createNativeQuery("select question, label from survey_option where survey_id = ?1 order by question, number")
            .setParameter(1, surveyId), r -> Map.entry(r.nextInt(), r.nextText()))
        .forEach(e -> options.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return NativeSql.rows(em.createNativeQuery("select number, kind, text, multiple, low_label, high_label from survey_question"
            + " where survey_id = ?1 order by number").setParameter(1, surveyId),
        r -> {
          int number = r.nextInt();
          return new Question(number, QuestionKind.valueOf(r.nextText()), r.nextText(),
              List.copyOf(options.getOrDefault(number, List.of())), r.nextBoolean(), r.nextText(), r.nextText());
        });
  }

  /** Closes an open survey now; false if it was not open. */
  public boolean close(long id, Instant now) {
    return em.createNativeQuery("update survey set closes_at = ?2 where id = ?1 and opens_at < ?2 and closes_at > ?2")
        .setParameter(1, id).setParameter(2, utc(now)).executeUpdate() == 1;
  }

  /** Department names by id ({@code department_card}), for audiences and breakdowns. */
  public Map<Long, String> departmentNames(List<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      NativeSql.rows(em.createNativeQuery("select id, name from department_card where id = any(cast(?1 as bigint[]))")
          .setParameter(1, NativeSql.ids(ids)), r -> Map.entry(r.nextLong(), r.nextText()))
          .forEach(e -> names.put(e.getKey(), e.getValue()));
    }
    return names;
  }

  public List<NamedRef> allDepartments() {
    return NativeSql.rows(em.createNativeQuery("select id, name from department_card order by name, id"),
        r -> new NamedRef(r.nextLong(), r.nextText()));
  }

  /** Claims the invitations of the surveys that opened by {@code now}: their ids, each claimed once across nodes. */
  public List<Long> claimOpened(Instant now) {
    return longs(em.createNativeQuery("update survey set invited_at = ?1 where invited_at is null and opens_at <= ?1"
        + " and closes_at > ?1 returning id").setParameter(1, utc(now)).getResultList());
  }

  /**
   * Claims the reminders of the open surveys that were opened and invited and now enter the last
   * {@code share} of their time (at most a day before closing).
   */
  public List<Long> claimClosingSoon(Instant now) {
    return longs(em.createNativeQuery("update survey set reminded_at = ?1 where reminded_at is null and invited_at is not null"
        + " and closes_at > ?1 and closes_at - least(interval '1 day', (closes_at - opens_at) / 4) <= ?1 returning id")
        .setParameter(1, utc(now)).getResultList());
  }

  private static List<Long> longs(List<?> values) {
    return values.stream().map(v -> ((Number) v).longValue()).toList();
  }

  private static SurveyRow row(NativeSql.Row r) {
    long id = r.nextLong();
    NamedRef owner = new NamedRef(r.nextLong(), r.nextText());
    String title = r.nextText();
    String intro = r.nextText();
    AudienceKind audience = AudienceKind.valueOf(r.nextText());
    String departments = r.nextText();
    Long communityId = r.nextLongOrNull();
    String communityName = r.nextText();
    return new SurveyRow(id, owner, title, intro, audience,
        departments == null || departments.isEmpty() ? List.of() : Arrays.stream(departments.split(",")).map(Long::valueOf).toList(),
        communityId == null ? null : new NamedRef(communityId, communityName), r.nextBoolean(), r.nextInstant(), r.nextInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
