package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.agora.integration.entity.DigestFrequency;
import org.agora.integration.entity.MailSettings;
import org.agora.platform.boundary.NativeSql;

/** Reads and writes a person's email settings; no row means the defaults. */
@ApplicationScoped
@Transactional
public class MailSettingsStore {

  @PersistenceContext EntityManager em;

  public MailSettings of(long personId) {
    return NativeSql.rows(em.createNativeQuery("select notify, digest, language from mail_settings where person_id = ?1")
                .setParameter(1, personId),
            r -> new MailSettings(r.nextBoolean(), DigestFrequency.valueOf(r.nextText()), r.nextText()))
        .stream().findFirst().orElse(MailSettings.DEFAULTS);
  }

  public void save(long personId, MailSettings settings) {
    em.createNativeQuery(
            "insert into mail_settings (person_id, notify, digest, language) values (?1, ?2, ?3, ?4)"
                + " on conflict (person_id) do update set notify = excluded.notify, digest = excluded.digest, language = excluded.language")
        .setParameter(1, personId).setParameter(2, settings.notifications()).setParameter(3, settings.digest().name())
        .setParameter(4, settings.language()).executeUpdate();
  }
}
