package org.agora.governance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Governance's share of a person's export and erasure: the reports they filed, the moderation
 * cases about what they wrote (without who reported it: that is the reporters' data), and the
 * cases they decided as a moderator.
 */
@ApplicationScoped
@Transactional
public class GovernancePersonalData implements PersonalData {

  public record ReportFiled(long caseId, String targetType, long targetId, String reason, String note, Instant createdAt,
      String caseStatus) {}

  public record CaseAboutMe(long caseId, String targetType, long targetId, String status, int reports, Instant openedAt,
      Instant decidedAt, String decisionNote) {}

  public record CaseDecided(long caseId, String targetType, long targetId, String status, Instant decidedAt,
      String decisionNote) {}

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("governance/reports-filed.json", filed(personId)),
            PersonalData.json("governance/cases-about-me.json", aboutMe(personId)),
            PersonalData.json("governance/cases-decided.json", decided(personId)))
        .flatMap(Optional::stream).toList();
  }

  private List<ReportFiled> filed(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select c.id, c.target_type, c.target_id, r.reason, r.note, r.created_at, c.status from report r"
                + " join moderation_case c on c.id = r.case_id where r.reporter_id = ?1 order by r.created_at")
        .setParameter(1, personId), r -> new ReportFiled(
            r.nextLong(), r.nextText(), r.nextLong(), r.nextText(), r.nextText(), r.nextInstant(), r.nextText()));
  }

  private List<CaseAboutMe> aboutMe(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select id, target_type, target_id, status, report_count, opened_at, decided_at, decision_note"
                + " from moderation_case where author_id = ?1 order by id")
        .setParameter(1, personId), r -> new CaseAboutMe(r.nextLong(), r.nextText(), r.nextLong(), r.nextText(),
            r.nextInt(), r.nextInstant(), r.nextInstant(), r.nextText()));
  }

  private List<CaseDecided> decided(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select id, target_type, target_id, status, decided_at, decision_note from moderation_case"
                + " where decided_by = ?1 order by decided_at")
        .setParameter(1, personId), r -> new CaseDecided(
            r.nextLong(), r.nextText(), r.nextLong(), r.nextText(), r.nextInstant(), r.nextText()));
  }

  /**
   * Deletes the person's reports (a case keeps its decision, and stays open for moderators if it
   * was: what was reported may still break the rules) and recounts them. Cases about the person's
   * profile go, as do those about their content when it is not kept; cases about kept content
   * stay with the anonymised author. Decisions they took as a moderator stay, without their name.
   */
  @Override
  public void erase(long personId, boolean keepContent) {
    List<Long> reported = NativeSql.rows(em.createNativeQuery(
            "delete from report where reporter_id = ?1 returning case_id")
        .setParameter(1, personId), NativeSql.Row::nextLong);
    if (!reported.isEmpty()) {
      em.createNativeQuery("update moderation_case c set report_count = (select count(*) from report r"
              + " where r.case_id = c.id) where c.id = any(cast(?1 as bigint[]))")
          .setParameter(1, NativeSql.ids(reported)).executeUpdate();
    }
    String aboutThem = "select id from moderation_case where author_id = ?1 and (target_type = 'PROFILE' or not ?2)";
    em.createNativeQuery("delete from report where case_id in (" + aboutThem + ")")
        .setParameter(1, personId).setParameter(2, keepContent).executeUpdate();
    em.createNativeQuery("delete from moderation_case where id in (" + aboutThem + ")")
        .setParameter(1, personId).setParameter(2, keepContent).executeUpdate();
    em.createNativeQuery("update moderation_case set decided_by = null where decided_by = ?1").setParameter(1, personId)
        .executeUpdate();
  }
}
