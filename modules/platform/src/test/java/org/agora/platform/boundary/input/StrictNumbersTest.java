package org.agora.platform.boundary.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import org.agora.platform.boundary.JsonbConfigurator;
import org.junit.jupiter.api.Test;

class StrictNumbersTest {

  public static class Body {
    public Integer value;
    public Long id;
    public Boolean active;
  }

  static Body read(String json) {
    return JsonbConfigurator.jsonb().fromJson(json, Body.class);
  }

  @Test
  void wholeNumbersAndBooleansAreTakenAsSent() {
    Body body = read("{\"value\": -1, \"id\": 9007199254740993, \"active\": true}");
    assertThat(body.value).isEqualTo(-1);
    assertThat(body.id).isEqualTo(9007199254740993L);
    assertThat(body.active).isTrue();
    assertThat(read("{\"value\": null, \"id\": null, \"active\": null}").value).isNull();
  }

  @Test
  void stringsFractionsAndOverflowsAreRefusedNamingTheField() {
    assertRefused("{\"value\": \"1\"}", "'value'");
    assertRefused("{\"value\": 1.5}", "'value'");
    assertRefused("{\"value\": 99999999999}", "'value'");
    assertRefused("{\"id\": 1e400}", "'id'");
    assertRefused("{\"active\": \"yes\"}", "'active'");
    assertRefused("{\"active\": 1}", "'active'");
  }

  static void assertRefused(String json, String field) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonbException.class).hasMessageContaining(field);
  }
}
