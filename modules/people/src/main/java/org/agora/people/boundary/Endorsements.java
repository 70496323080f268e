package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonView;
import org.agora.people.entity.SkillEndorsed;
import org.agora.people.entity.SkillView;
import org.agora.people.entity.SkillView.Endorser;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.DomainEvent;

/** Colleagues vouching for each other's declared skills: one endorsement per endorser and skill. */
@ApplicationScoped
@Transactional
public class Endorsements {

  /** How many endorsers a profile names per skill; the full list is paged separately. */
  static final int ENDORSERS_SHOWN = 5;

  @PersistenceContext EntityManager em;
  @Inject PersonDirectory directory;
  @Inject SkillVocabulary vocabulary;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  public void endorse(long endorserId, long personId, String rawSkill) {
    if (endorserId == personId) {
      throw new ConflictException("You cannot endorse yourself.");
    }
    String skill = declaredSkill(personId, rawSkill);
    int inserted =
        em.createNativeQuery(
                "insert into endorsement (person_id, skill, endorser_id, created_at) values (?1, ?2, ?3, ?4)"
                    + " on conflict do nothing")
            .setParameter(1, personId)
            .setParameter(2, skill)
            .setParameter(3, endorserId)
            .setParameter(4, Instant.now(clock).atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 1) {
      events.fire(new SkillEndorsed(personId, skill, endorserId));
    }
  }

  public void withdraw(long endorserId, long personId, String rawSkill) {
    String skill = declaredSkill(personId, rawSkill);
    em.createNativeQuery("delete from endorsement where person_id = ?1 and skill = ?2 and endorser_id = ?3")
        .setParameter(1, personId)
        .setParameter(2, skill)
        .setParameter(3, endorserId)
        .executeUpdate();
  }

  /** The person's declared skills, most endorsed first, as {@code viewerId} sees them. */
  public List<SkillView> skillsOf(long personId, long viewerId) {
    Person person = directory.requireActive(personId);
    List<Map.Entry<String, Endorser>> endorsements = NativeSql.rows(
        em.createNativeQuery(
                "select e.skill, e.endorser_id, p.display_name from endorsement e"
                    + " join person p on p.id = e.endorser_id"
                    + " where e.person_id = ?1 and p.active order by e.created_at")
            .setParameter(1, personId),
        r -> Map.entry(r.nextText(), new Endorser(r.nextLong(), r.nextText())));
    Map<String, List<Endorser>> bySkill = new LinkedHashMap<>();
    person.getSkills().stream().sorted().forEach(s -> bySkill.put(s, new ArrayList<>()));
    for (Map.Entry<String, Endorser> endorsement : endorsements) {
      List<Endorser> endorsers = bySkill.get(endorsement.getKey());
      if (endorsers != null) {
        endorsers.add(endorsement.getValue());
      }
    }
    return bySkill.entrySet().stream()
        .map(
            e ->
                new SkillView(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().anyMatch(x -> x.id() == viewerId),
                    e.getValue().stream().limit(ENDORSERS_SHOWN).toList()))
        .sorted((a, b) -> Long.compare(b.endorsements(), a.endorsements()))
        .toList();
  }

  public Page<PersonView> endorsers(long personId, String rawSkill, PageRequest page) {
    String skill = declaredSkill(personId, rawSkill);
    return directory.peopleByIds(
        "select e.endorser_id from endorsement e where e.person_id = ?1 and e.skill = ?2",
        page,
        personId,
        skill);
  }

  private String declaredSkill(long personId, String rawSkill) {
    Person person = directory.requireActive(personId);
    String skill = vocabulary.canonical(rawSkill);
    if (!person.getSkills().contains(skill)) {
      throw new NotFoundException(person.getDisplayName() + " has not listed the skill '" + skill + "'.");
    }
    return skill;
  }
}
