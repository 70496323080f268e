package org.agora.surveys.entity;

import java.util.List;

/**
 * Whom a person may ask: everyone and any departments (admins), and the communities they own.
 * Empty lists and {@code everyone} false: they may not create surveys.
 */
public record AudienceChoices(boolean everyone, List<NamedRef> departments, List<NamedRef> communities) {

  public boolean any() {
    return everyone || !communities.isEmpty();
  }
}
