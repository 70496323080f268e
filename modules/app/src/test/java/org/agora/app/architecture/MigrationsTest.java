package org.agora.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feature module ships its own Flyway migrations; two with the same version would stop the
 * application from starting. This finds them on the class path (jars and folders alike).
 */
class MigrationsTest {

  static final Pattern MIGRATION = Pattern.compile("db/migration/(V([0-9_.]+)__[^/]+\\.sql)$");

  @Test
  void everyMigrationHasItsOwnVersion() throws Exception {
    List<String> migrations = new ArrayList<>();
    for (URL root : Collections.list(getClass().getClassLoader().getResources("db/migration"))) {
      migrations.addAll(names(root));
    }
    assertThat(migrations).hasSizeGreaterThan(10);
    Map<String, List<String>> byVersion = migrations.stream().distinct()
        .collect(Collectors.groupingBy(m -> version(m)));
    byVersion.forEach((version, files) -> assertThat(files).as("migrations with version " + version).hasSize(1));
  }

  private static List<String> names(URL root) throws IOException, java.net.URISyntaxException {
    if ("jar".equals(root.getProtocol())) {
      try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
        return jar.stream().map(e -> e.getName()).filter(n -> MIGRATION.matcher(n).find())
            .map(n -> n.substring(n.lastIndexOf('/') + 1)).toList();
      }
    }
    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
    }
  }

  private static String version(String file) {
    Matcher m = Pattern.compile("^V([0-9_.]+)__").matcher(file);
    return m.find() ? m.group(1) : file;
  }
}
