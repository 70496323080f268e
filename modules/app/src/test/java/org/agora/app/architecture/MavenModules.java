package org.agora.app.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Maven module graph as the poms under {@code modules/} declare it: for each module (named by
 * its folder, which is also its package {@code org.agora.<name>}), the agora modules it depends on,
 * by scope.
 */
record MavenModules(Path root, Map<String, Module> byName) {

  /** One module's declared agora dependencies, by scope. */
  record Module(String name, Set<String> compile, Set<String> runtime, Set<String> test) {

    Set<String> packaged() {
      Set<String> all = new TreeSet<>(compile);
      all.addAll(runtime);
      return all;
    }
  }

  /** Reads the poms of the repository the tests run in (Surefire runs them in modules/app). */
  static MavenModules read() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("modules/platform/pom.xml"))) {
      root = root.getParent();
      if (root == null) {
        throw new IllegalStateException("no modules/platform/pom.xml above " + Path.of("").toAbsolutePath());
      }
    }
    Map<String, Module> modules = new LinkedHashMap<>();
    try (Stream<Path> folders = Files.list(root.resolve("modules"))) {
      for (Path pom : folders.map(f -> f.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList()) {
        Module module = module(pom);
        modules.put(module.name(), module);
      }
    }
    return new MavenModules(root, modules);
  }

  /** The project's agora dependencies, those its profiles add included (test-only ones live there). */
  private static final String DEPENDENCIES = "/project/dependencies/dependency[groupId='org.agora']"
      + " | /project/profiles/profile/dependencies/dependency[groupId='org.agora']";

  private static Module module(Path pom) throws Exception {
    var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    String name = pom.getParent().getFileName().toString();
    String artifactId = xpath.evaluate("/project/artifactId", document);
    if (!artifactId.equals("agora-" + name)) {
      throw new IllegalStateException(pom + ": artifactId " + artifactId + ", expected agora-" + name);
    }
    Map<String, Set<String>> byScope = Map.of("compile", new TreeSet<>(), "runtime", new TreeSet<>(), "test", new TreeSet<>());
    NodeList dependencies =
        (NodeList) xpath.evaluate(DEPENDENCIES, document, XPathConstants.NODESET);
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String scope = xpath.evaluate("scope", dependency);
      Set<String> edges = byScope.get(scope.isEmpty() ? "compile" : scope);
      if (edges == null) {
        throw new IllegalStateException(pom + ": agora dependencies are compile, runtime or test, not " + scope);
      }
      edges.add(xpath.evaluate("artifactId", dependency).substring("agora-".length()));
    }
    return new Module(name, byScope.get("compile"), byScope.get("runtime"), byScope.get("test"));
  }

  Module get(String name) {
    Module module = byName.get(name);
    if (module == null) {
      throw new IllegalArgumentException("no module " + name + " in " + byName.keySet());
    }
    return module;
  }

  /** The modules on the class path of {@code from} at run time (compile and runtime scope, transitively). */
  Set<String> reachableFrom(Set<String> from) {
    Set<String> seen = new TreeSet<>();
    Deque<String> next = new ArrayDeque<>(from);
    while (!next.isEmpty()) {
      String name = next.pop();
      if (seen.add(name)) {
        next.addAll(get(name).packaged());
      }
    }
    return seen;
  }

  /** Whether the module brings Flyway migrations of its own. */
  boolean hasMigrations(String name) {
    return Files.isDirectory(root.resolve("modules").resolve(name).resolve("src/main/resources/db/migration"));
  }

  /** Whether the module has main classes (the runtime module only gathers binaries). */
  boolean hasClasses(String name) {
    return Files.isDirectory(root.resolve("modules").resolve(name).resolve("src/main/java/org/agora").resolve(name));
  }

  Set<String> names() {
    return new HashSet<>(byName.keySet());
  }
}
