package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.platform.boundary.NativeSql;

/** The directory module's own tables: which person is which directory entry, bindings, runs. */
@ApplicationScoped
@Transactional
public class DirectoryLinks {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A bound group: the community, the group's DN, and the admin who bound it. */
  public record Binding(long id, long communityId, String groupDn, long createdBy) {}

  /** DN (lower case) to person id, for every person that came from the directory. */
  public Map<String, Long> people() {
    Map<String, Long> byDn = new HashMap<>();
    NativeSql.rows(em.createNativeQuery("select dn, person_id from directory_person"), r -> Map.entry(r.nextText(), r.nextLong()))
        .forEach(e -> byDn.put(e.getKey().toLowerCase(), e.getValue()));
    return byDn;
  }

  public void link(String dn, long personId) {
    em.createNativeQuery("insert into directory_person (person_id, dn, synced_at) values (?1, ?2, ?3)"
            + " on conflict (person_id) do update set dn = excluded.dn, synced_at = excluded.synced_at")
        .setParameter(1, personId).setParameter(2, dn).setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public void markDeactivated(long personId, boolean bySync) {
    em.createNativeQuery("update directory_person set deactivated_by_sync = ?2 where person_id = ?1")
        .setParameter(1, personId).setParameter(2, bySync).executeUpdate();
  }

  public boolean deactivatedBySync(long personId) {
    return !em.createNativeQuery("select 1 from directory_person where person_id = ?1 and deactivated_by_sync")
        .setParameter(1, personId).getResultList().isEmpty();
  }

  public List<Binding> bindings() {
    return NativeSql.rows(em.createNativeQuery("select id, community_id, group_dn, created_by from directory_binding order by id"),
        r -> new Binding(r.nextLong(), r.nextLong(), r.nextText(), r.nextLong()));
  }

  public long bind(long communityId, String groupDn, long adminId) {
    return ((Number) em.createNativeQuery("insert into directory_binding (community_id, group_dn, created_by, created_at)"
            + " values (?1, ?2, ?3, ?4) on conflict (community_id, group_dn) do update set created_by = excluded.created_by returning id")
        .setParameter(1, communityId).setParameter(2, groupDn).setParameter(3, adminId)
        .setParameter(4, Instant.now(clock).atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
  }

  @SuppressWarnings("unchecked")
  public Set<Long> syncedMembers(long communityId) {
    return new HashSet<>(((List<Number>) em.createNativeQuery("select person_id from directory_membership where community_id = ?1")
        .setParameter(1, communityId).getResultList()).stream().map(Number::longValue).toList());
  }

  public void addSyncedMember(long communityId, long personId) {
    em.createNativeQuery("insert into directory_membership (community_id, person_id) values (?1, ?2) on conflict do nothing")
        .setParameter(1, communityId).setParameter(2, personId).executeUpdate();
  }

  public void removeSyncedMember(long communityId, long personId) {
    em.createNativeQuery("delete from directory_membership where community_id = ?1 and person_id = ?2")
        .setParameter(1, communityId).setParameter(2, personId).executeUpdate();
  }

  public void recordRun(Instant started, String status, String report) {
    em.createNativeQuery("insert into directory_sync_run (started_at, finished_at, status, report) values (?1, ?2, ?3, ?4)")
        .setParameter(1, started.atOffset(ZoneOffset.UTC)).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .setParameter(3, status).setParameter(4, report).executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<String> lastRuns(int limit) {
    return em.createNativeQuery("select report from directory_sync_run order by id desc limit ?1").setParameter(1, limit)
        .getResultList();
  }
}
