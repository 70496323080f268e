package org.agora.insights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Insights' share of a person's export and erasure: their rows of the daily rollups (how much
 * they did per day, how many departments they reached). The figures over departments and tags
 * name nobody and stay. A rebuild counts kept content again, under the anonymised account.
 */
@ApplicationScoped
@Transactional
public class InsightsPersonalData implements PersonalData {

  public record DayActivity(String day, int posts, int comments, int shares, int reactions, int bookmarks) {}

  public record DayReach(String day, int departments, int interactions) {}

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("insights/activity-per-day.json", NativeSql.rows(em.createNativeQuery(
                    "select cast(day as text), posts, comments, shares, reactions, bookmarks from insights_day_person"
                        + " where person_id = ?1 order by day")
                .setParameter(1, personId), r -> new DayActivity(
                    r.nextText(), r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt()))),
            PersonalData.json("insights/reach-per-day.json", NativeSql.rows(em.createNativeQuery(
                    "select cast(day as text), bit_count(departments), interactions from insights_day_reach"
                        + " where person_id = ?1 order by day")
                .setParameter(1, personId), r -> new DayReach(r.nextText(), r.nextInt(), r.nextInt()))))
        .flatMap(Optional::stream).toList();
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    em.createNativeQuery("delete from insights_day_person where person_id = ?1").setParameter(1, personId).executeUpdate();
    em.createNativeQuery("delete from insights_day_reach where person_id = ?1").setParameter(1, personId).executeUpdate();
  }
}
