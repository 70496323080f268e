package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

/**
 * What Elasticsearch's Gradle plugin would check and generate: named_components.json lists exactly
 * the annotated factories, each of which the node can build (one public constructor, either without
 * parameters or @Inject with settings interfaces), and the descriptor is filled in.
 */
class PluginPackagingTest {

  private static final Path PLUGIN = Path.of("target/plugin");
  private static final Pattern ENTRY = Pattern.compile("\"(agora_[a-z_]+)\"\\s*:\\s*\"([\\w.]+)\"");

  @Test
  void namedComponentsListsExactlyTheAnnotatedFactories() throws Exception {
    String json = Files.readString(PLUGIN.resolve("named_components.json"));
    assertThat(json).contains("\"" + TokenFilterFactory.class.getName() + "\"");
    Map<String, String> listed = new TreeMap<>();
    Matcher entry = ENTRY.matcher(json);
    while (entry.find()) {
      listed.put(entry.group(1), entry.group(2));
    }
    assertThat(listed).isEqualTo(annotatedFactories());
  }

  @Test
  void everyFactoryCanBeBuiltByTheNode() throws Exception {
    for (String name : annotatedFactories().values()) {
      Class<?> factory = Class.forName(name);
      assertThat(TokenFilterFactory.class.isAssignableFrom(factory)).as(name).isTrue();
      Constructor<?>[] constructors = factory.getConstructors();
      assertThat(constructors).as(name + " public constructors").hasSize(1);
      Constructor<?> constructor = constructors[0];
      if (constructor.getParameterCount() > 0) {
        assertThat(constructor.isAnnotationPresent(Inject.class)).as(name + " @Inject").isTrue();
        for (Class<?> settings : constructor.getParameterTypes()) {
          assertThat(settings.isInterface() && settings.isAnnotationPresent(AnalysisSettings.class)).as(settings.getName()).isTrue();
          for (Method setting : settings.getDeclaredMethods()) {
            assertThat(setting.getAnnotations()).as(setting.toString()).hasSize(1);
          }
        }
      }
    }
  }

  @Test
  void theDescriptorNamesTheNodesVersionAndAJavaItRuns() throws IOException {
    Properties descriptor = new Properties();
    try (InputStream in = Files.newInputStream(PLUGIN.resolve("stable-plugin-descriptor.properties"))) {
      descriptor.load(in);
    }
    assertThat(descriptor.stringPropertyNames())
        .containsExactlyInAnyOrder("name", "description", "version", "elasticsearch.version", "java.version");
    assertThat(descriptor.getProperty("name")).isEqualTo("agora-analysis");
    assertThat(descriptor.getProperty("elasticsearch.version")).matches("9\\.\\d+\\.\\d+");
    assertThat(descriptor.getProperty("java.version")).isEqualTo("21");
    assertThat(descriptor.getProperty("version")).doesNotContain("${");
  }

  private static Map<String, String> annotatedFactories() throws Exception {
    Path boundary = Path.of("target/classes/org/agora/analysis/boundary");
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> classes = Files.list(boundary)) {
      for (Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
        String simple = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("org.agora.analysis.boundary." + simple);
        NamedComponent named = type.getAnnotation(NamedComponent.class);
        if (named != null) {
          found.put(named.value(), type.getName());
        }
      }
    }
    return found;
  }
}
