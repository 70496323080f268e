package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agora.platform.boundary.NativeSql;
import org.agora.privacy.entity.ExportState;
import org.agora.privacy.entity.ExportStatus;

/** The {@code data_export} table, in the caller's transaction or, for the export job, one of its own. */
@ApplicationScoped
@Transactional
public class ExportStore {

  /** An export the job took on: whose it is. */
  public record Claimed(long id, long personId) {}

  private static final String STATUS_COLUMNS = "id, status, progress, requested_at, expires_at";

  @PersistenceContext EntityManager em;

  /** Only one request per person at a time gets past the rate check. */
  public void lockPerson(long personId) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('data_export'), cast(?1 as int))")
        .setParameter(1, (int) personId)
        .getResultList();
  }

  /** When the person last asked for an export that did not fail. */
  public Optional<Instant> lastRequested(long personId) {
    List<?> found = em.createNativeQuery(
            "select max(requested_at) from data_export where person_id = ?1 and status <> 'FAILED'")
        .setParameter(1, personId)
        .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.ofNullable(NativeSql.instant(found.getFirst()));
  }

  public long create(long personId, Instant now, Instant expiresAt) {
    return ((Number) em.createNativeQuery(
            "insert into data_export (person_id, status, progress, requested_at, expires_at)"
                + " values (?1, 'PENDING', 0, ?2, ?3) returning id")
        .setParameter(1, personId)
        .setParameter(2, utc(now))
        .setParameter(3, utc(expiresAt))
        .getSingleResult()).longValue();
  }

  /** The person's newest export that is still kept. */
  public Optional<ExportStatus> newest(long personId, Instant now) {
    return NativeSql.rows(
            em.createNativeQuery("select " + STATUS_COLUMNS + " from data_export where person_id = ?1 and expires_at > ?2"
                    + " order by requested_at desc, id desc limit 1")
                .setParameter(1, personId)
                .setParameter(2, utc(now)),
            ExportStore::status)
        .stream().findFirst();
  }

  /** Every export of the person still kept, newest first, for their own export. */
  public List<ExportStatus> all(long personId) {
    return NativeSql.rows(
        em.createNativeQuery("select " + STATUS_COLUMNS + " from data_export where person_id = ?1 order by id desc")
            .setParameter(1, personId),
        ExportStore::status);
  }

  public byte[] archive(long id) {
    return (byte[]) em.createNativeQuery("select archive from data_export where id = ?1").setParameter(1, id).getSingleResult();
  }

  /** Takes the oldest waiting export, or one whose maker stopped before {@code staleBefore} (a node went away). */
  public Optional<Claimed> claimNext(Instant now, Instant staleBefore) {
    return NativeSql.rows(
            em.createNativeQuery("update data_export set status = 'RUNNING', progress = 0, started_at = ?1 where id = ("
                    + "select id from data_export where status = 'PENDING' or (status = 'RUNNING' and started_at < ?2)"
                    + " order by id limit 1 for update skip locked) returning id, person_id")
                .setParameter(1, utc(now))
                .setParameter(2, utc(staleBefore)),
            r -> new Claimed(r.nextLong(), r.nextLong()))
        .stream().findFirst();
  }

  public void progress(long id, int percent) {
    em.createNativeQuery("update data_export set progress = ?2 where id = ?1 and status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, Math.clamp(percent, 0, 99))
        .executeUpdate();
  }

  public void finish(long id, byte[] archive, Instant now) {
    em.createNativeQuery(
            "update data_export set status = 'READY', progress = 100, archive = ?2, finished_at = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, archive)
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  public void fail(long id, Instant now) {
    em.createNativeQuery("update data_export set status = 'FAILED', finished_at = ?2, archive = null where id = ?1")
        .setParameter(1, id)
        .setParameter(2, utc(now))
        .executeUpdate();
  }

  public int deleteAll(long personId) {
    return em.createNativeQuery("delete from data_export where person_id = ?1").setParameter(1, personId).executeUpdate();
  }

  private static ExportStatus status(NativeSql.Row r) {
    return new ExportStatus(r.nextLong(), ExportState.valueOf(r.nextText()), r.nextInt(), r.nextInstant(), r.nextInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
