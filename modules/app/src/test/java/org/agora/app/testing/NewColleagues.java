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
      long id;
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        id = row.getLong(1);
      }
      announce(base, id, name);
      return new NewColleague(base, username, id);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The row was written behind the API's back, so nobody heard of the person: an admin's profile
   * change fires the event a new account would, and search indexes them like every colleague
   * (SearchIT compares the people index with the database).
   */
  private static void announce(URL base, long id, String name) {
    String body = jakarta.json.Json.createObjectBuilder().add("displayName", name).build().toString();
    int status = Colleagues.admin(base).patch("api/v1/people/" + id, body).status();
    if (status != 200) {
      throw new IllegalStateException("announcing new colleague " + id + ": HTTP " + status);
    }
  }

  /** The new colleague, with a client that signs in as them. */
  public record NewColleague(URL base, String username, long id) {
    public Api api() {
      return Api.anonymous(base).as(username, Colleagues.PASSWORD);
    }
  }
}
