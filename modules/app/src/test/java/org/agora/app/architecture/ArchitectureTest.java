package org.agora.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.agora.app.architecture.MavenModules.Module;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture of DESIGN.md true as the code grows: each pom declares exactly the
 * modules its classes use, the modules form no cycle, a module shows others only its boundary and
 * entity, and inside a module boundary, control and entity keep their roles. The benchmarks count
 * as a module too (app depends on them, in test scope, so that their classes are imported here).
 */
class ArchitectureTest {

  /** The benchmarks time modules' own SQL (control code) and are never deployed: they may reach past a boundary. */
  static final String BENCH = "bench";

  /**
   * The Elasticsearch plugin runs inside the search node, never in the WAR: it uses no other module,
   * and the app names its zip (test scope) only so that the build packs it for the tests' node.
   */
  static final String SEARCH_PLUGIN = "analysis";

  static MavenModules poms;
  static JavaClasses agora;

  @BeforeAll
  static void importClassesAndPoms() throws Exception {
    poms = MavenModules.read();
    agora =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora");
  }

  @Test
  void everyPomDeclaresExactlyTheModulesItsClassesUse() {
    Map<String, Map<String, String>> uses = moduleUses();
    List<String> wrong = new ArrayList<>();
    for (String module : new TreeSet<>(poms.names())) {
      Map<String, String> used = uses.getOrDefault(module, Map.of());
      Set<String> declared = poms.get(module).compile();
      used.forEach((other, example) -> {
        if (!declared.contains(other)) {
          wrong.add(module + " uses " + other + " (" + example + ") but its pom does not declare agora-"
              + other + " (compile scope)");
        }
      });
      declared.stream().filter(other -> !used.containsKey(other))
          .forEach(other -> wrong.add(module + " declares agora-" + other + " but none of its classes uses it"));
    }
    assertThat(wrong).as("pom edges that differ from the uses").isEmpty();
  }

  @Test
  void runtimeEdgesBringOnlyWhatNoOtherEdgeBrings() {
    List<String> redundant = new ArrayList<>();
    for (String name : poms.names()) {
      Module module = poms.get(name);
      for (String runtime : module.runtime()) {
        Set<String> others = module.packaged();
        others.remove(runtime);
        if (poms.reachableFrom(others).contains(runtime)) {
          redundant.add(name + " declares agora-" + runtime + " (runtime) though another of its edges brings it");
        }
      }
    }
    assertThat(redundant).isEmpty();
  }

  @Test
  void theWarPackagesEveryModuleAndTheBenchMigratesWithEveryMigration() {
    Set<String> deployed = new TreeSet<>(poms.names());
    deployed.removeIf(name -> !poms.hasClasses(name) || name.equals("app") || name.equals(BENCH) || name.equals(SEARCH_PLUGIN));
    assertThat(poms.reachableFrom(poms.get("app").packaged())).as("modules in the WAR").containsAll(deployed)
        .doesNotContain(SEARCH_PLUGIN);

    Set<String> migrating = new TreeSet<>(poms.names());
    migrating.removeIf(name -> !poms.hasMigrations(name));
    assertThat(poms.reachableFrom(poms.get(BENCH).packaged())).as("modules whose migrations the bench runs")
        .containsAll(migrating);
  }

  @Test
  void onlyTheAppDependsOnTheBenchAndThePluginAndOnlyInTestScope() {
    poms.names().forEach(name -> {
      assertThat(poms.get(name).packaged()).as(name + " depends on").doesNotContain(BENCH, "app", SEARCH_PLUGIN);
      assertThat(poms.get(name).test()).as(name + " depends in test scope on")
          .isEqualTo(name.equals("app") ? Set.of(BENCH, SEARCH_PLUGIN) : Set.of());
    });
    assertThat(poms.get(SEARCH_PLUGIN).packaged()).as("modules the search plugin uses").isEmpty();
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("org.agora.(*)..").should().beFreeOfCycles().check(agora);
  }

  @Test
  void otherModulesUseOnlyAModulesBoundaryAndEntity() {
    List<String> wrong = new ArrayList<>();
    for (JavaClass origin : agora) {
      moduleOf(origin).filter(module -> !module.equals(BENCH)).ifPresent(module -> uses(origin).forEach(use ->
          moduleOf(use.target())
              .filter(target -> !target.equals(module) && !isPublished(use.target(), target))
              .ifPresent(target -> wrong.add(use.description()))));
    }
    assertThat(wrong).as("uses of another module's control").isEmpty();
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

  /** For each module, the other modules its classes use, each with one use as an example. */
  static Map<String, Map<String, String>> moduleUses() {
    assertThat(agora.stream().map(ArchitectureTest::moduleOf).flatMap(Optional::stream))
        .as("modules whose classes were imported")
        .contains(BENCH, "app", "ui", "platform");
    Map<String, Map<String, String>> uses = new TreeMap<>();
    for (JavaClass origin : agora) {
      moduleOf(origin).ifPresent(module -> uses(origin).forEach(use ->
          moduleOf(use.target())
              .filter(target -> !target.equals(module))
              .ifPresent(target -> uses.computeIfAbsent(module, m -> new TreeMap<>()).putIfAbsent(target, use.description()))));
    }
    return uses;
  }

  /** A class one class needs, and where. */
  record Use(JavaClass target, String description) {}

  /**
   * Every class {@code origin} needs to compile: ArchUnit's dependencies, plus the parameter,
   * return and field types of what it calls and reads, which ArchUnit leaves out (a view passing a
   * value from one service method to the next never names its type, but needs it all the same).
   */
  static Stream<Use> uses(JavaClass origin) {
    Stream<Use> direct = origin.getDirectDependenciesFromSelf().stream()
        .map(d -> new Use(d.getTargetClass().getBaseComponentType(), d.getDescription()));
    Stream<Use> signatures = origin.getAccessesFromSelf().stream().flatMap(access -> {
      List<JavaClass> types = new ArrayList<>();
      if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget codeUnit) {
        types.addAll(codeUnit.getRawParameterTypes());
        types.add(codeUnit.getRawReturnType());
      } else if (access.getTarget() instanceof AccessTarget.FieldAccessTarget field) {
        types.add(field.getRawType());
      }
      return types.stream().map(type -> new Use(type.getBaseComponentType(), access.getDescription() + ", through " + type.getName()));
    });
    return Stream.concat(direct, signatures);
  }

  /** Whether a class is in the part of its module that others may use. */
  static boolean isPublished(JavaClass type, String module) {
    String name = type.getPackageName() + ".";
    return name.startsWith("org.agora." + module + ".boundary.") || name.startsWith("org.agora." + module + ".entity.");
  }

  /**
   * The module a class belongs to: the one whose build produced it ({@code modules/<module>/target}
   * or {@code agora-<module>-<version>.jar}), else its package {@code org.agora.<module>...}. The
   * place decides because the benchmark's baselines sit in the packages of what they replace.
   */
  static Optional<String> moduleOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("agora")) {
      return Optional.empty();
    }
    return type.getSource()
        .map(source -> BUILT_BY.matcher(source.getUri().toString()))
        .filter(java.util.regex.Matcher::find)
        .map(built -> built.group(1) != null ? built.group(1) : built.group(2))
        .or(() -> Optional.of(parts[2]));
  }

  private static final java.util.regex.Pattern BUILT_BY =
      java.util.regex.Pattern.compile("/modules/([a-z]+)/target/|/agora-([a-z]+)-[0-9][^/]*\\.jar");
}
