package org.agora.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;

/**
 * The demo colleagues of one department, as the API lists them, with a client for each: the
 * sample people every black-box test acts as. All demo accounts share one password.
 */
public final class Colleagues {

  public static final String PASSWORD = "agora-demo";

  private final URL base;
  private final List<JsonObject> people;

  private Colleagues(URL base, List<JsonObject> people) {
    this.base = base;
    this.people = people;
  }

  public static Api admin(URL base) {
    return Api.anonymous(base).as("admin", PASSWORD);
  }

  /** The active people of a demo department; there are always at least five. */
  public static Colleagues of(URL base, String department) {
    List<JsonObject> people =
        admin(base).get("api/v1/people?department=" + department.replace(" ", "%20") + "&limit=100").json()
            .getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(people).as("demo people in " + department).hasSizeGreaterThanOrEqualTo(5);
    return new Colleagues(base, people);
  }

  public Api as(int person) {
    return Api.anonymous(base).as(username(person), PASSWORD);
  }

  public long id(int person) {
    return people.get(person).getJsonNumber("id").longValue();
  }

  public String username(int person) {
    return people.get(person).getString("username");
  }

  public JsonObject json(int person) {
    return people.get(person);
  }
}
