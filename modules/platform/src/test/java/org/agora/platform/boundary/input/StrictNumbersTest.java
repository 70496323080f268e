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
    assertThatThrownBy(() -> read("{\"value\": \"1\"}")).isInstanceOf(JsonbException.class).hasMessageContaining("'value'");
    assertThatThrownBy(() -> read("{\"value\": 1.5}")).isInstanceOf(JsonbException.class).hasMessageContaining("'value'");
    assertThatThrownBy(() -> read("{\"value\": 99999999999}")).isInstanceOf(JsonbException.class).hasMessageContaining("'value'");
    assertThatThrownBy(() -> read("{\"id\": 1e400}")).isInstanceOf(JsonbException.class).hasMessageContaining("'id'");
    assertThatThrownBy(() -> read("{\"active\": \"yes\"}")).isInstanceOf(JsonbException.class).hasMessageContaining("'active'");
    assertThatThrownBy(() -> read("{\"active\": 1}")).isInstanceOf(JsonbException.class).hasMessageContaining("'active'");
  }
}
