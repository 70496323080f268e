package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonView;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.Suggestion;

/**
 * The people index: every active colleague, searchable by name, skills, title, about text and
 * department. Every colleague sees every active person, so there is no visibility filter; people
 * who are deactivated leave the index.
 */
@ApplicationScoped
public class PeopleIndex implements IndexDefinition {

  public static final String TYPE = "person";

  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String alias() {
    return "agora-people";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Person> people =
        em.createQuery("select p from Person p where p.id in :ids and p.active = true", Person.class)
            .setParameter("ids", List.copyOf(ids))
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.department")
            .setHint("eclipselink.batch", "p.skills")
            .setHint("eclipselink.batch", "p.languages")
            .getResultList();
    if (people.isEmpty()) {
      return Map.of();
    }
    String idList = people.stream().map(p -> String.valueOf(p.getId())).collect(Collectors.joining(","));
    Map<Long, Long> followers =
        counts(
            "select f.followee_id, count(*) from follow f join person p on p.id = f.follower_id"
                + " where p.active and f.followee_id in (" + idList + ") group by f.followee_id");
    Map<Long, Long> endorsements =
        counts(
            "select e.person_id, count(*) from endorsement e join person p on p.id = e.endorser_id"
                + " where p.active and e.person_id in (" + idList + ") group by e.person_id");
    Map<Long, Object> documents = new LinkedHashMap<>();
    for (Person p : people) {
      long f = followers.getOrDefault(p.getId(), 0L);
      documents.put(p.getId(), document(p.getId(), p, f, endorsements.getOrDefault(p.getId(), 0L)));
    }
    return documents;
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return em.createQuery(
            "select p.id from Person p where p.active = true and p.id > :after order by p.id", Long.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long databaseCount() {
    return em.createQuery("select count(p) from Person p where p.active = true", Long.class)
        .getSingleResult();
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String title = source.getString("job_title", null);
    String department = source.getString("department", null);
    String subtitle =
        title == null ? department : department == null ? title : title + " · " + department;
    String date = source.getString("date", null);
    return new SearchItem(
        TYPE,
        id,
        source.getString("title", ""),
        subtitle,
        snippet != null ? snippet : Snippets.plain(source.getString("body", subtitle)),
        "/api/v1/people/" + id,
        source.getString("image", null),
        date == null ? null : Instant.parse(date));
  }

  @Override
  public boolean suggests() {
    return true;
  }

  @Override
  public Suggestion suggestion(long id, JsonObject source, String text) {
    return new Suggestion(TYPE, id, source.getString("title", text), "/api/v1/people/" + id);
  }

  static Map<String, Object> document(long id, Person p, long followers, long endorsements) {
    List<String> skills = p.getSkills().stream().sorted().toList();
    return SearchDocument.of(TYPE, id)
        .with("title", p.getDisplayName())
        .with("username", p.getUsername())
        .with("job_title", p.getTitle())
        .with("body", p.getAbout())
        .with("department", p.getDepartment() == null ? null : p.getDepartment().getName())
        .with("location", p.getLocation())
        .with("tags", skills)
        .with("languages", p.getLanguages().stream().sorted().toList())
        .with("date", p.getCreatedAt())
        .with("followers", followers)
        .with("endorsements", endorsements)
        .with("image", PersonView.avatarUrl(p))
        .with("url", "/api/v1/people/" + id)
        .audience(true, null, null)
        .suggest(completionInputs(p), (int) Math.min(followers, Integer.MAX_VALUE), SearchDocument.EVERYONE)
        .build();
  }

  /**
   * The whole name, each part of it (so "Mül" finds Anna Müller), the same without accents (so
   * "mul" does too: this Elasticsearch has no folding analyzer) and the username.
   */
  static List<String> completionInputs(Person p) {
    List<String> inputs = new java.util.ArrayList<>(completionInputs(p.getDisplayName()));
    inputs.add(p.getUsername());
    return List.copyOf(new LinkedHashSet<>(inputs));
  }

  /** A name, each word of it, and all of these without accents and in lower case. */
  static List<String> completionInputs(String displayName) {
    Set<String> inputs = new LinkedHashSet<>();
    String name = displayName.strip();
    inputs.add(name);
    for (String part : name.split("\\s+")) {
      inputs.add(part);
    }
    for (String input : List.copyOf(inputs)) {
      inputs.add(folded(input));
    }
    inputs.removeIf(String::isBlank);
    return List.copyOf(inputs);
  }

  static String folded(String text) {
    return Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Long> counts(String sql) {
    Map<Long, Long> counts = new HashMap<>();
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return counts;
  }
}
