package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.agora.people.boundary.SkillVocabulary;

/**
 * Topic names for expert discovery: the skill vocabulary of the people module (aliases kept in the
 * database) plus {@code search/topic-aliases.properties}, so "k8s" and "kubernetes" are one topic.
 */
@ApplicationScoped
public class TopicAliases {

  private static final Properties FILE = load();

  @Inject SkillVocabulary vocabulary;

  /** The canonical topic for what was typed. */
  public String canonical(String typed) {
    String cleaned = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^#+", "");
    String viaFile = FILE.getProperty(cleaned, cleaned);
    return vocabulary.canonical(viaFile);
  }

  /** Every name of the topic, the canonical one first: the tags and words to look for. */
  public List<String> names(String canonical) {
    Set<String> names = new LinkedHashSet<>(vocabulary.namesFor(canonical));
    FILE.forEach((alias, target) -> {
      if (canonical.equals(vocabulary.canonical((String) target))) {
        names.add((String) alias);
      }
    });
    return List.copyOf(names);
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = TopicAliases.class.getResourceAsStream("/search/topic-aliases.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
