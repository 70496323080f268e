package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Every module's {@link PersonalData} bean, found through CDI: the privacy module knows no module's
 * tables, so a new module with rows about people takes part by providing its bean.
 */
@ApplicationScoped
public class PersonalDataModules {

  @Inject @Any Instance<PersonalData> modules;

  /** In a fixed order (by class), so the export's progress moves the same way every time. */
  public List<PersonalData> all() {
    return stream().sorted(Comparator.comparing(PersonalDataModules::name)).toList();
  }

  /** In ascending {@link PersonalData#erasureOrder()}: who references others' rows erases first. */
  public List<PersonalData> inErasureOrder() {
    return stream().sorted(Comparator.comparingInt(PersonalData::erasureOrder).thenComparing(PersonalDataModules::name))
        .toList();
  }

  /** One module's files, in a transaction of their own (a consistent read of that module). */
  @Transactional
  public List<PersonalDataFile> export(PersonalData module, long personId) {
    return module.export(personId);
  }

  private java.util.stream.Stream<PersonalData> stream() {
    return StreamSupport.stream(modules.spliterator(), false);
  }

  static String name(PersonalData module) {
    return module.getClass().getName();
  }
}
