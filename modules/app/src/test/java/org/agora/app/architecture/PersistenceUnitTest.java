package org.agora.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities live in the feature jars, so persistence.xml lists them; this keeps the list complete. */
class PersistenceUnitTest {

  @Test
  void everyEntityAndConverterIsListedInPersistenceXml() throws IOException {
    String persistenceXml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      persistenceXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> managed =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora")
            .stream()
            .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
            .map(JavaClass::getName)
            .toList();
    assertThat(managed).isNotEmpty();
    for (String name : managed) {
      assertThat(persistenceXml).as("persistence.xml lists " + name).contains("<class>" + name + "</class>");
    }
  }
}
