package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.agora.platform.boundary.NativeSql;

/**
 * Turns what people type as a skill into one canonical name: case and spacing do not matter, and
 * aliases meet ("K8s", "kubernetes " and "Kubernetes" are all {@code kubernetes}). Expert discovery
 * uses the same vocabulary for topics.
 */
@ApplicationScoped
public class SkillVocabulary {

  public static final int MAX_LENGTH = 60;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @PersistenceContext EntityManager em;

  private volatile Map<String, String> aliases;

  /** The canonical form of a skill or topic; blank input gives an empty string. */
  public String canonical(String raw) {
    String cleaned = clean(raw);
    return aliases().getOrDefault(cleaned, cleaned);
  }

  /** The aliases that lead to a canonical name, itself included (for searching by topic). */
  public List<String> namesFor(String canonical) {
    String name = canonical(canonical);
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(name),
            aliases().entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey))
        .distinct()
        .toList();
  }

  /** The skills active colleagues have, most common first: what a skill field offers to complete. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> common(int limit) {
    return em.createNativeQuery(
            "select s.skill from person_skill s join person p on p.id = s.person_id where p.active"
                + " group by s.skill order by count(*) desc, s.skill limit ?1")
        .setParameter(1, limit)
        .getResultList();
  }

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = SPACES.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    text = text.replaceAll("^#+", "");
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  @Transactional
  Map<String, String> aliases() {
    Map<String, String> loaded = aliases;
    if (loaded == null) {
      Map<String, String> map = new ConcurrentHashMap<>();
      NativeSql.rows(em.createNativeQuery("select alias, canonical from skill_alias"), r -> Map.entry(r.nextText(), r.nextText()))
          .forEach(alias -> map.put(alias.getKey(), alias.getValue()));
      aliases = loaded = map;
    }
    return loaded;
  }
}
