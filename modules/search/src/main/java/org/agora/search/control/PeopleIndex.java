package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.people.boundary.PeopleInBulk;
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
public class PeopleIndex extends SummaryIndex {

  public static final String TYPE = "person";

  @Inject PeopleInBulk people;

  public PeopleIndex() {
    super(TYPE, "agora-people");
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    List<Person> active = people.active(ids);
    List<Long> activeIds = each(active, Person::getId);
    Map<Long, Long> followers = people.followerCounts(activeIds);
    Map<Long, Long> endorsements = people.endorsementCounts(activeIds);
    return documents(active, Person::getId, p -> document(
        p.getId(), p, followers.getOrDefault(p.getId(), 0L), endorsements.getOrDefault(p.getId(), 0L)));
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return people.activeIdsAfter(afterId, limit);
  }

  @Override
  public long databaseCount() {
    return people.activeCount();
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String title = source.getString("job_title", null);
    String department = source.getString("department", null);
    String subtitle =
        title == null ? department : department == null ? title : title + " · " + department;
    return item(TYPE, id, source, snippet, subtitle, subtitle, "/api/v1/people/" + id);
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
   * The whole name, each part of it (so "Mül" finds Anna Müller-Weiß, and "Wei" too) and the
   * username. The completion analyzer folds them ({@code agora_completion}: "mue" and "mul" find
   * Müller as "mül" does).
   */
  static List<String> completionInputs(Person p) {
    List<String> inputs = new java.util.ArrayList<>(completionInputs(p.getDisplayName()));
    inputs.add(p.getUsername());
    return List.copyOf(new LinkedHashSet<>(inputs));
  }

  /** A name and each word of it, also the parts of double names. */
  static List<String> completionInputs(String displayName) {
    Set<String> inputs = new LinkedHashSet<>();
    String name = displayName.strip();
    inputs.add(name);
    inputs.addAll(List.of(name.split("\\s+")));
    inputs.addAll(List.of(name.split("[\\s\\-]+")));
    inputs.removeIf(String::isBlank);
    return List.copyOf(inputs);
  }
}
