package org.agora.platform.entity;

import java.util.Set;

/** The two application roles; the names are the groups the identity store hands to the container. */
public final class Roles {
  public static final String USER = "user";
  public static final String ADMIN = "admin";

  private Roles() {}

  public static Set<String> of(boolean admin) {
    return admin ? Set.of(USER, ADMIN) : Set.of(USER);
  }
}
