package org.agora.ui.privacy;

import org.agora.people.entity.Person;
import org.agora.ui.layout.Texts;

/** The name an erased person is shown under, in the reader's language. */
public final class FormerColleague {

  private FormerColleague() {}

  /** {@code displayName}, or "Former colleague" translated when the person was erased. */
  public static String shown(String displayName) {
    return Person.FORMER_COLLEAGUE.equals(displayName) ? Texts.t("privacy.formerColleague") : displayName;
  }

  /** Whether the account was erased: its username is then {@code erased-<id>}. */
  public static boolean erased(String username) {
    return username != null && username.startsWith("erased-");
  }
}
