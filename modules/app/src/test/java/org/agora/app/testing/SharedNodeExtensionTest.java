package org.agora.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared node starts with what arquillian.xml gives Arquillian's nodes, references filled in as Arquillian does. */
class SharedNodeExtensionTest {

  @AfterEach
  void forget() {
    System.clearProperty("agora.it.test-value");
  }

  @Test
  void referencesTakeTheSystemPropertyOrTheirDefault() {
    System.setProperty("agora.it.test-value", "set");
    assertThat(SharedNodeExtension.resolve("-Da=${agora.it.test-value} -Db=${agora.it.unset:480} -Dc=${agora.it.test-value:other}"))
        .isEqualTo("-Da=set -Db=480 -Dc=set");
  }

  @Test
  void aMissingPropertyIsNamed() {
    assertThatThrownBy(() -> SharedNodeExtension.resolve("-Dagora.db.url=${agora.it.unset}"))
        .hasMessageContaining("agora.it.unset");
  }

  @Test
  void theNodeGetsArquilliansCommandLineOptions() {
    System.setProperty(TestDatabase.URL_PROPERTY, "jdbc:postgresql://127.0.0.1:5432/probe");
    System.setProperty("agora.it.db.user", "postgres");
    System.setProperty(TestSearch.URL_PROPERTY, "http://127.0.0.1:9250");
    try {
      assertThat(SharedNodeExtension.containerOptions())
          .contains("-Dagora.db.url=jdbc:postgresql://127.0.0.1:5432/probe", "-Dagora.demo=true",
              "-Dagora.search.url=http://127.0.0.1:9250", "-Dagora.mail.port=3925")
          .allMatch(option -> option.startsWith("-"), "JVM options only");
    } finally {
      System.clearProperty(TestDatabase.URL_PROPERTY);
      System.clearProperty("agora.it.db.user");
      System.clearProperty(TestSearch.URL_PROPERTY);
    }
  }
}
