package org.agora.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture of DESIGN.md true as the code grows: module dependencies point one way,
 * and inside a module boundary, control and entity keep their roles.
 */
class ArchitectureTest {

  /** Each module and the modules it may use; everything else is off limits. */
  static final Map<String, List<String>> ALLOWED =
      Map.of(
          "platform", List.of(),
          "people", List.of("platform"),
          "communities", List.of("platform", "people"),
          "activity", List.of("platform", "people", "communities"),
          "bookmarks", List.of("platform", "people", "communities"),
          "live", List.of("platform", "people", "communities", "activity", "bookmarks"),
          "search", List.of("platform", "people", "communities", "activity", "bookmarks"),
          "integration", List.of("platform", "people", "communities", "activity", "bookmarks"),
          "insights",
              List.of("platform", "people", "communities", "activity", "bookmarks", "live", "search"),
          "ui",
              List.of(
                  "platform", "people", "communities", "activity", "bookmarks", "live", "search", "insights"));

  static JavaClasses agora;

  @BeforeAll
  static void importClasses() {
    agora =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora");
  }

  @Test
  void modulesDependOnlyOnTheModulesBelowThem() {
    ALLOWED.forEach(
        (module, allowed) -> {
          String[] forbidden =
              ALLOWED.keySet().stream()
                  .filter(other -> !other.equals(module) && !allowed.contains(other))
                  .map(other -> "org.agora." + other + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAPackage("org.agora." + module + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .allowEmptyShould(true)
              .check(agora);
        });
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("org.agora.(*)..").should().beFreeOfCycles().check(agora);
  }

  @Test
  void entitiesKnowNothingOfServicesOrViews() {
    noClasses()
        .that()
        .resideInAPackage("org.agora..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.agora..boundary..", "org.agora..control..", "org.agora.ui..", "com.vaadin..")
        .check(agora);
  }

  @Test
  void aModulesControlIsItsOwnBusiness() {
    for (String module : ALLOWED.keySet()) {
      noClasses()
          .that()
          .resideOutsideOfPackage("org.agora." + module + "..")
          .and()
          .resideOutsideOfPackage("org.agora.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.agora." + module + ".control..")
          .allowEmptyShould(true)
          .check(agora);
    }
  }

  @Test
  void onlyTheUiUsesVaadin() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.agora.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .check(agora);
  }

  @Test
  void restResourcesLiveInBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .should()
        .resideInAPackage("..boundary..")
        .allowEmptyShould(true)
        .check(agora);
  }

  /** Control and entity code refuse with the domain's Refusal; HTTP is the boundary's business. */
  @Test
  void controlAndEntitiesThrowNoHttpExceptions() {
    noClasses()
        .that()
        .resideInAnyPackage("org.agora..control..", "org.agora..entity..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(jakarta.ws.rs.WebApplicationException.class)
        .check(agora);
  }
}
