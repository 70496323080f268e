package org.agora.app.testing;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * A colleague who joined just now, for onboarding tests: the demo people all joined long ago, and
 * Agora has no API to create accounts (they come from the directory or an admin's import), so the
 * row is written behind the API's back, with the demo password and the department of a demo
 * colleague. Nothing else of them exists yet: no follows, memberships, posts, photo or skills.
 */
public final class NewColleagues {

  private NewColleagues() {}

  /** A new colleague of {@code department}, named {@code name}; answers their username and id. */
  public static NewColleague join(URL base, String department, String name) {
    String username = "new." + System.nanoTime();
    try (Connection c = TestDatabase.connect();
        PreparedStatement insert = c.prepareStatement(
            "insert into person (username, display_name, email, department_id, password_hash, admin, active, created_at)"
                + " select ?, ?, ?, d.id, a.password_hash, false, true, now() from department d, person a"
                + " where d.name = ? and a.username = 'admin' returning id")) {
      insert.setString(1, username);
      insert.setString(2, name);
      insert.setString(3, username + "@agora.example");
      insert.setString(4, department);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return new NewColleague(base, username, row.getLong(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The new colleague, with a client that signs in as them. */
  public record NewColleague(URL base, String username, long id) {
    public Api api() {
      return Api.anonymous(base).as(username, Colleagues.PASSWORD);
    }
  }
}
