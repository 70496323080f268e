package org.agora.platform.boundary;

import java.util.List;
import java.util.Optional;
import org.agora.platform.entity.PersonalDataFile;

/**
 * A module's share of what Agora holds about one person, for the export a person asks for (GDPR
 * Art. 15 and 20) and the erasure an admin carries out (Art. 17). Every module that stores rows
 * about a person provides one {@code @ApplicationScoped} bean of this type; the privacy module
 * finds them all and calls them, each inside the export's or the erasure's transaction.
 */
public interface PersonalData {

  /**
   * What this module holds about the person: their own rows and what others wrote about them
   * (endorsements received), never what they could merely read, never secrets (token hashes,
   * passwords). JSON files, named by module ({@code activity/posts.json}); empty when nothing.
   */
  List<PersonalDataFile> export(long personId);

  /**
   * Removes what this module holds about the person. With {@code keepContent} the organisation
   * keeps what the person authored, shown under "Former colleague" (their account is anonymised,
   * so an author link shows that name); without it, authored content is deleted. Must be
   * idempotent: an erasure that is repeated or resumed changes nothing the second time.
   */
  void erase(long personId, boolean keepContent);

  /**
   * Erasures run in ascending order: a module whose rows reference another module's rows erases
   * before that module (announcements before the posts they are, people last).
   */
  default int erasureOrder() {
    return 100;
  }

  /** {@code rows} (records) as one JSON file of the export, ISO dates; nothing when there are no rows. */
  static Optional<PersonalDataFile> json(String name, List<?> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(PersonalDataFile.json(name, JsonbConfigurator.jsonb().toJson(rows)));
  }
}
