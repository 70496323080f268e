package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/** The privacy module's own rows about a person: the exports they asked for (without the archives). */
@ApplicationScoped
public class PrivacyPersonalData implements PersonalData {

  @Inject ExportStore exports;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return List.of(PersonalDataFile.json("privacy/exports.json", JsonbConfigurator.jsonb().toJson(exports.all(personId))));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    exports.deleteAll(personId);
  }
}
