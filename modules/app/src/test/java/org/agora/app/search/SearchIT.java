package org.agora.app.search;

import static org.agora.app.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Deployments;
import org.agora.app.testing.TestSearch;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.search.boundary.Search;
import org.agora.search.control.SearchQuery;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.SearchResults;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search against the run's real Elasticsearch (see TestSearch): what is written becomes searchable
 * through the outbox, facets and type-ahead, secret content stays invisible even in counts, reindex
 * counts equal the database's, search hits agree with the permission rules, and an Elasticsearch
 * outage costs search (503) but never a write. One deployment; the outage runs last.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.agoraWith(SearchIT.class, Api.class, Api.Answer.class, Colleagues.class, org.agora.app.testing.Eventually.class);
  }

  @ArquillianResource URL base;

  @Inject Search search;
  @Inject CommunityAccess communities;
  @Inject Audience audience;
  @Inject org.agora.search.control.PagePlans plans;
  @PersistenceContext EntityManager em;

  @Test
  @Order(1)
  @RunAsClient
  void startsWithEveryIndexFilledAndAReindexCountsWhatTheDatabaseHolds() {
    Api admin = Colleagues.admin(base);
    JsonObject status = eventually(() -> admin.get("api/v1/admin/search/status").json(),
        s -> s.getInt("pending") == 0 && s.getJsonArray("indexes").stream().map(JsonValue::asJsonObject)
            .allMatch(i -> i.getJsonNumber("documents").longValue() == i.getJsonNumber("databaseCount").longValue()));
    assertThat(status.getJsonArray("indexes")).hasSize(5);

    Api.Answer reindexed = admin.post("api/v1/admin/search/reindex", "");
    assertThat(reindexed.status()).as(reindexed.toString()).isEqualTo(200);
    for (JsonValue index : reindexed.json().getJsonArray("indexes")) {
      JsonObject rebuilt = index.asJsonObject();
      assertThat(rebuilt.getJsonNumber("documents").longValue()).as(rebuilt.toString())
          .isEqualTo(rebuilt.getJsonNumber("databaseCount").longValue()).isPositive();
      assertThat(rebuilt.getString("index")).startsWith(rebuilt.getString("alias") + "-v3-");
    }
    assertThat(Colleagues.of(base, "Engineering").as(0).post("api/v1/admin/search/reindex", "").status()).isEqualTo(403);
    assertThat(admin.get("../metrics").body()).contains("agora_search_lag").contains("agora_search_outbox_pending");
  }

  @Test
  @Order(2)
  @RunAsClient
  void eventsAreFoundByWhatAndWhereOnlyByWhoMaySeeThemAndNotOnceCancelled() {
    Colleagues design = Colleagues.of(base, "Design");
    String word = "okapi" + System.nanoTime() % 100000;
    Api organiser = design.as(0);
    long secret = organiser.post("api/v1/communities", "{\"name\":\"Hidden " + word + "\",\"visibility\":\"SECRET\"}")
        .json().getJsonNumber("id").longValue();
    java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(2).withNano(0);
    String times = "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(1) + "\",\"timeZone\":\"Europe/Berlin\"";
    long open = organiser.post("api/v1/events", "{\"title\":\"Sketching the " + word + " workshop\",\"location\":\"Loft "
        + word + "\"," + times + "}").json().getJsonNumber("id").longValue();
    organiser.post("api/v1/events", "{\"title\":\"Closed " + word + " review\",\"location\":\"Room 1\",\"communityId\":" + secret
        + "," + times + "}");

    Api outsider = Colleagues.of(base, "Finance").as(0);
    JsonObject found = eventually(() -> organiser.get("api/v1/search?q=" + word).json(), r -> r.getJsonNumber("total").longValue() == 3);
    assertThat(facet(found, "type")).containsEntry("event", 2L).containsEntry("community", 1L);
    JsonObject seen = eventually(() -> outsider.get("api/v1/search?q=" + word + "&type=event").json(),
        r -> r.getJsonNumber("total").longValue() == 1);
    JsonObject hit = seen.getJsonArray("items").getJsonObject(0);
    assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(open);
    assertThat(hit.getString("subtitle")).startsWith("Loft " + word);
    assertThat(hit.getString("url")).isEqualTo("/api/v1/events/" + open);

    assertThat(organiser.delete("api/v1/events/" + open).status()).isBetween(200, 204);
    eventually(() -> outsider.get("api/v1/search?q=" + word + "&type=event").json(), r -> r.getJsonNumber("total").longValue() == 0);
  }

  @Test
  @Order(2)
  @RunAsClient
  void postsBookmarksAndProfileChangesBecomeSearchableWithFacetsAndSnippets() {
    Colleagues engineering = Colleagues.of(base, "Engineering");
    String word = "quokka" + System.nanoTime() % 100000;
    Api author = engineering.as(0);
    assertThat(author.post("api/v1/posts", "{\"text\":\"Migrating the " + word + " cluster #searchtest\"}").status()).isEqualTo(201);
    assertThat(author.post("api/v1/bookmarks",
        "{\"url\":\"https://example.org/" + word + "\",\"title\":\"Guide to " + word + "\",\"visibility\":\"PUBLIC\",\"tags\":[\"searchtest\"]}").status())
        .isEqualTo(201);
    assertThat(author.patch("api/v1/people/" + engineering.id(0), "{\"about\":\"I keep the " + word + " running\"}").status())
        .isEqualTo(200);

    Api reader = engineering.as(1);
    JsonObject found = eventually(() -> reader.get("api/v1/search?q=" + word).json(), r -> r.getJsonNumber("total").longValue() == 3);
    assertThat(types(found)).containsExactlyInAnyOrder("post", "bookmark", "person");
    assertThat(found.getJsonArray("items").getJsonObject(0).getString("snippet")).contains("<mark>" + word + "</mark>");
    assertThat(facet(found, "type")).containsEntry("post", 1L).containsEntry("bookmark", 1L).containsEntry("person", 1L);
    assertThat(facet(found, "tags")).containsEntry("searchtest", 2L);
    assertThat(facet(found, "department")).containsEntry("Engineering", 3L);
    // A person is dated by when they joined (the demo's colleagues months to two years ago), the
    // post and the bookmark by now; the buckets count within a week, month or year, or older.
    var dates = facet(found, "date");
    assertThat(dates).containsEntry("week", 2L);
    assertThat(dates.get("year") + dates.get("older")).isEqualTo(3L);

    JsonObject onlyTagged = reader.get("api/v1/search?q=" + word + "&tag=searchtest&type=bookmark").json();
    assertThat(types(onlyTagged)).containsExactly("bookmark");

    JsonObject page1 = reader.get("api/v1/search?q=" + word + "&limit=2").json();
    assertThat(page1.getJsonArray("items")).hasSize(2);
    JsonObject page2 = reader.get("api/v1/search?q=" + word + "&limit=2&cursor=" + page1.getString("next")).json();
    assertThat(page2.getJsonArray("items")).hasSize(1);
    assertThat(page2.isNull("next")).isTrue();

    assertThat(reader.get("api/v1/search?q=").status()).isEqualTo(400);
    assertThat(reader.get("api/v1/search?q=" + "x".repeat(10_000)).status()).isEqualTo(400);
    assertThat(reader.get("api/v1/search?q=" + enc("a AND (b OR \"c\\ *")).status()).isEqualTo(200);
    assertThat(reader.get("api/v1/search?q=x&type=unicorn").contentType()).startsWith("application/problem+json");
  }

  @Test
  @Order(3)
  @RunAsClient
  void typeAheadSuggestsPeopleCommunitiesAndTags() {
    Colleagues engineering = Colleagues.of(base, "Engineering");
    String name = engineering.json(2).getString("displayName");
    JsonObject people = engineering.as(0).get("api/v1/search/suggest?q=" + enc(name.substring(0, 4))).json();
    assertThat(people.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("text"))).contains(name);
    JsonObject tags = eventually(() -> engineering.as(0).get("api/v1/search/suggest?q=searchte").json(),
        s -> s.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getString("type").equals("tag")));
    assertThat(tags.toString()).contains("\"searchtest\"");
  }

  @Test
  @Order(4)
  @RunAsClient
  void secretCommunitiesAndTheirContentAreInvisibleToOutsidersEvenInCounts() {
    Colleagues engineering = Colleagues.of(base, "Engineering");
    String word = "narwhal" + System.nanoTime() % 100000;
    Api member = engineering.as(3);
    Api.Answer created = member.post("api/v1/communities",
        "{\"name\":\"Secret " + word + "\",\"visibility\":\"SECRET\",\"tags\":[\"hush" + word + "\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long community = created.json().getJsonNumber("id").longValue();
    assertThat(member.post("api/v1/posts", "{\"text\":\"The " + word + " plan #hush" + word + "\",\"communityId\":" + community + "}").status())
        .isEqualTo(201);
    assertThat(member.post("api/v1/bookmarks", "{\"url\":\"https://example.org/s/" + word + "\",\"title\":\"" + word
        + " notes\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}").status()).isEqualTo(201);
    assertThat(member.post("api/v1/bookmarks", "{\"url\":\"https://example.org/p/" + word + "\",\"title\":\"" + word
        + " private\",\"visibility\":\"PRIVATE\"}").status()).isEqualTo(201);

    JsonObject inside = eventually(() -> member.get("api/v1/search?q=" + word).json(), r -> r.getJsonNumber("total").longValue() == 4);
    assertThat(types(inside)).containsExactlyInAnyOrder("community", "post", "bookmark", "bookmark");

    Api outsider = engineering.as(4);
    JsonObject outside = outsider.get("api/v1/search?q=" + word).json();
    assertThat(outside.getJsonNumber("total").longValue()).isZero();
    assertThat(outside.getJsonObject("facets").toString()).doesNotContain("Secret").doesNotContain("hush");
    JsonObject byTag = outsider.get("api/v1/search?q=plan&tag=hush" + word).json();
    assertThat(byTag.getJsonNumber("total").longValue()).isZero();
    assertThat(outsider.get("api/v1/search/suggest?q=" + enc("Secret " + word)).body()).doesNotContain(word);
    assertThat(outsider.get("api/v1/search/suggest?q=hush" + word).body()).doesNotContain(word);
    assertThat(member.get("api/v1/search/suggest?q=" + enc("Secret " + word)).body()).contains(word);
  }

  /**
   * The permission agreement, extended to search: for random (reader, query) pairs every hit is
   * something the database's rules let the reader see, and for tag queries the hits are exactly the
   * posts and comments the database says are visible and tagged so.
   */
  @Test
  @Order(5)
  void everySearchHitIsSomethingThePermissionRulesAllow() {
    Random random = new Random(2026);
    List<AgoraPrincipal> people =
        em.createQuery("select p.id, p.username, p.admin from Person p where p.active = true", Object[].class)
            .getResultList().stream()
            .map(r -> new AgoraPrincipal((Long) r[0], (String) r[1], (Boolean) r[2]))
            .toList();
    List<String> words = new ArrayList<>(List.of("plan", "team", "the", "kubernetes", "budget", "release", "secret", "java", "design", "meeting"));
    @SuppressWarnings("unchecked")
    List<String> tags = em.createNativeQuery("select distinct tag from activity_tag order by tag").getResultList();
    words.addAll(tags);
    int hits = 0;
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      AgoraPrincipal reader = people.get(random.nextInt(people.size()));
      String word = words.get(random.nextInt(words.size()));
      SearchResults results = search.search(reader, SearchQuery.of(word, null, null, null, null, null, null, 50, null, search.types()));
      for (SearchItem item : results.items()) {
        hits++;
        if (!allowed(reader, item)) {
          violations.add(reader.username() + " / " + word + " -> " + item.type() + " " + item.id());
        }
      }
    }
    assertThat(violations).as("hits the permission rules forbid").isEmpty();
    assertThat(hits).isGreaterThan(100);

    for (int i = 0; i < 30 && !tags.isEmpty(); i++) {
      AgoraPrincipal reader = people.get(random.nextInt(people.size()));
      String tag = tags.get(random.nextInt(tags.size()));
      Set<Long> readable = communities.readableCommunityIds(reader);
      long visible = ((Number) em.createNativeQuery(
              "select count(*) from activity a join activity_tag t on t.activity_id = a.id"
                  + " left join activity parent on parent.id = a.parent_id"
                  + " left join community c on c.id = coalesce(a.community_id, parent.community_id)"
                  + " where t.tag = ?1 and a.type in ('POST', 'COMMENT') and a.deleted_at is null"
                  + " and (parent.id is null or parent.deleted_at is null) and c.deleted_at is null"
                  + " and (c.id is null or c.id = any(cast(?2 as bigint[])))")
          .setParameter(1, tag)
          .setParameter(2, org.agora.platform.boundary.NativeSql.ids(readable))
          .getSingleResult()).longValue();
      SearchResults results = search.search(reader, SearchQuery.of(tag, "post,comment", null, null, tag, null, null, 1, null, search.types()));
      assertThat(results.total()).as(reader.username() + " searching #" + tag).isEqualTo(visible);
    }
  }

  /**
   * A first page found from the last hours' documents and the older ones ranked by text alone
   * ({@code RecentFirst}; the demo organisation is too small for that plan to be learned, so it is
   * set here) must be exactly the page that scoring every match gives. The reference is the same
   * query asked from a cursor above every score, with the first page's instant: every match scored
   * and sorted by score and key.
   */
  @Test
  @Order(5)
  void theFirstPageFoundFromRecentDocumentsIsTheOneScoringEveryMatchGives() {
    Random random = new Random(77);
    List<AgoraPrincipal> people =
        em.createQuery("select p.id, p.username, p.admin from Person p where p.active = true", Object[].class)
            .getResultList().stream()
            .map(r -> new AgoraPrincipal((Long) r[0], (String) r[1], (Boolean) r[2]))
            .toList();
    long olderThanADay = ((Number) em.createNativeQuery(
        "select count(*) from activity where created_at < now() - interval '6 hours' and deleted_at is null").getSingleResult()).longValue();
    assertThat(olderThanADay).as("the demo organisation has a history to look past").isGreaterThan(100);
    List<String> words = List.of("the", "plan", "team", "release", "kubernetes", "meeting", "design", "budget", "java", "and");
    int compared = 0;
    int settled = 0;
    for (int i = 0; i < 60; i++) {
      AgoraPrincipal reader = people.get(random.nextInt(people.size()));
      String word = words.get(random.nextInt(words.size()));
      int limit = 1 + random.nextInt(12);
      SearchQuery query = SearchQuery.of(word, null, null, null, null, null, null, limit, null, search.types());
      plans.scoredEveryMatch(query, Long.MAX_VALUE);
      assertThat(plans.recentFirst(query)).isTrue();
      SearchResults first = search.search(reader, query);
      settled += plans.recentFirst(query) ? 1 : 0;
      if (first.next() == null) {
        continue;
      }
      String everyMatch = new org.agora.search.control.SearchCursor(
          org.agora.search.control.SearchCursor.decode(first.next()).origin(), Float.MAX_VALUE, "0").encode();
      SearchResults reference = search.search(reader, SearchQuery.of(word, null, null, null, null, null, null, limit, everyMatch, search.types()));
      assertThat(first.items()).as(reader.username() + " searching " + word + ", " + limit + " a page")
          .extracting(item -> item.type() + ":" + item.id())
          .containsExactlyElementsOf(reference.items().stream().map(item -> item.type() + ":" + item.id()).toList());
      assertThat(first.next()).isEqualTo(reference.next());
      compared++;
    }
    assertThat(compared).isGreaterThan(30);
    assertThat(settled).as("first pages the recent documents settled").isGreaterThan(10);
  }

  private boolean allowed(AgoraPrincipal reader, SearchItem item) {
    return switch (item.type()) {
      case "person" -> Boolean.TRUE.equals(em.createQuery("select p.active from Person p where p.id = :id", Boolean.class)
          .setParameter("id", item.id()).getResultStream().findFirst().orElse(false));
      case "community" -> communities.canSee(reader, item.id());
      case "post", "comment" -> {
        Activity activity = em.find(Activity.class, item.id());
        Activity parent = activity == null || activity.getParentId() == null ? null : em.find(Activity.class, activity.getParentId());
        yield activity != null && audience.canRead(reader, activity) && (parent == null || audience.canRead(reader, parent));
      }
      case "bookmark" -> ((Number) em.createNativeQuery(
              "select count(*) from bookmark b where b.id = ?3 and (b.person_id = ?1 or b.visibility = 'PUBLIC'"
                  + " or (b.visibility = 'COMMUNITY' and b.community_id = any(cast(?2 as bigint[]))))")
          .setParameter(1, reader.id())
          .setParameter(2, org.agora.platform.boundary.NativeSql.ids(communities.readableCommunityIds(reader)))
          .setParameter(3, item.id())
          .getSingleResult()).longValue() == 1;
      case "event" -> ((Number) em.createNativeQuery(
              "select count(*) from calendar_event e where e.id = ?2 and e.cancelled_at is null"
                  + " and (e.community_id is null or e.community_id = any(cast(?1 as bigint[])))")
          .setParameter(1, org.agora.platform.boundary.NativeSql.ids(communities.readableCommunityIds(reader)))
          .setParameter(2, item.id())
          .getSingleResult()).longValue() == 1;
      default -> false;
    };
  }

  /**
   * Expert discovery, measured: a planted topic with known experts (declared, tagged work,
   * endorsements), hidden experts (tagged work and accepted answers, nothing declared), people who
   * only claim the skill, and distractors who only mention the word. The ranking must beat the
   * declared-skills-only baseline (the directory's {@code ?skill=}) on precision@5 and nDCG@10.
   */
  @Test
  @Order(6)
  @RunAsClient
  void expertRankingBeatsTheDeclaredSkillsBaseline() throws java.io.IOException {
    Colleagues eng = Colleagues.of(base, "Engineering");
    Colleagues fin = Colleagues.of(base, "Finance");
    String topic = "zigbee" + System.nanoTime() % 100000;
    java.util.Map<Long, Integer> grade = new java.util.HashMap<>();
    // experts (3): declare it, write about it, are endorsed
    for (Colleagues c : List.of(eng, fin)) {
      declare(c, 0, topic);
      for (int i = 0; i < 4; i++) {
        assertThat(c.as(0).post("api/v1/posts", "{\"text\":\"Field notes " + i + " on pairing devices #" + topic + "\"}").status()).isEqualTo(201);
      }
      for (int endorser = 3; endorser < 5; endorser++) {
        assertThat(c.as(endorser).put("api/v1/people/" + c.id(0) + "/skills/" + topic + "/endorsements", "").status()).isLessThan(300);
      }
      grade.put(c.id(0), 3);
    }
    // hidden experts (2): nothing declared, but tagged work and an accepted answer
    for (Colleagues c : List.of(eng, fin)) {
      for (int i = 0; i < 3; i++) {
        assertThat(c.as(1).post("api/v1/posts", "{\"text\":\"How our mesh works, part " + i + " #" + topic + "\"}").status()).isEqualTo(201);
      }
      long question = c.as(4).post("api/v1/posts", "{\"text\":\"Who can explain the " + topic + " pairing? #" + topic + "\",\"question\":true}")
          .json().getJsonNumber("id").longValue();
      long answer = c.as(1).post("api/v1/posts/" + question + "/comments", "{\"text\":\"Reset the coordinator first.\"}")
          .json().getJsonNumber("id").longValue();
      assertThat(c.as(4).put("api/v1/posts/" + question + "/answer/" + answer, "").status()).isLessThan(300);
      grade.put(c.id(1), 2);
    }
    // claimants (1): the skill on the profile, nothing else
    for (Colleagues c : List.of(eng, fin)) {
      declare(c, 2, topic);
      grade.put(c.id(2), 1);
    }
    // distractors (0): mention the word in passing
    for (Colleagues c : List.of(eng, fin)) {
      assertThat(c.as(3).post("api/v1/posts", "{\"text\":\"Overheard someone talk about " + topic + " at lunch\"}").status()).isEqualTo(201);
    }

    Api reader = eng.as(4);
    JsonObject experts = eventually(() -> reader.get("api/v1/experts?topic=" + topic).json(),
        e -> e.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getJsonArray("reasons").toString().contains("mentions")));
    List<Long> ranking = experts.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    List<Long> baseline = reader.get("api/v1/people?skill=" + topic + "&limit=100").json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    JsonObject top = experts.getJsonArray("items").getJsonObject(0);
    assertThat(top.getJsonArray("reasons").toString()).contains("posts tagged " + topic).contains("endorsements");
    assertThat(top.getJsonArray("evidence")).isNotEmpty();

    double p5 = precisionAt(5, ranking, grade), p5Base = precisionAt(5, baseline, grade);
    double ndcg = ndcgAt(10, ranking, grade), ndcgBase = ndcgAt(10, baseline, grade);
    String report = String.format(java.util.Locale.ROOT,
        "expert ranking: precision@5 %.2f, nDCG@10 %.3f; declared-skills baseline: precision@5 %.2f, nDCG@10 %.3f%n", p5, ndcg, p5Base, ndcgBase);
    System.out.print(report);
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "expert-evaluation.txt"), report);
    assertThat(p5).isGreaterThan(p5Base);
    assertThat(ndcg).isGreaterThan(ndcgBase);

    JsonObject inFinance = reader.get("api/v1/experts?topic=" + topic + "&department=finance").json();
    assertThat(inFinance.getJsonArray("items")).isNotEmpty();
    assertThat(inFinance.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("department"))).containsOnly("Finance");
    assertThat(reader.get("api/v1/experts?topic=k8s").json().getString("topic")).isEqualTo("kubernetes");
    assertThat(reader.get("api/v1/experts?topic=").status()).isEqualTo(400);
  }

  private static void declare(Colleagues c, int person, String skill) {
    List<String> skills = new ArrayList<>(c.json(person).getJsonArray("skills").getValuesAs(jakarta.json.JsonString::getString));
    skills.add(skill);
    String json = skills.stream().map(x -> "\"" + x + "\"").collect(java.util.stream.Collectors.joining(",", "{\"skills\":[", "]}"));
    Api.Answer answer = c.as(person).patch("api/v1/people/" + c.id(person), json);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  /** Share of the first k that are relevant (grade 2 or more: real expertise). */
  static double precisionAt(int k, List<Long> ranking, java.util.Map<Long, Integer> grade) {
    return ranking.stream().limit(k).filter(id -> grade.getOrDefault(id, 0) >= 2).count() / (double) k;
  }

  /** Normalised discounted cumulative gain over the first k, with gain 2^grade - 1. */
  static double ndcgAt(int k, List<Long> ranking, java.util.Map<Long, Integer> grade) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += (Math.pow(2, grade.getOrDefault(ranking.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    List<Integer> ideal = grade.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * Elasticsearch stops while four colleagues keep posting and saving links: every write answers
   * 201, search and type-ahead answer 503 problem+json meanwhile, and after the restart the outbox
   * drains and every index holds exactly what the database holds.
   */
  @Test
  @Order(8)
  @RunAsClient
  void whenElasticsearchIsDownWritesUnderLoadSucceedSearchAnswers503AndThenCatchesUp() throws Exception {
    Colleagues engineering = Colleagues.of(base, "Engineering");
    Api author = engineering.as(0);
    Api admin = Colleagues.admin(base);
    String word = "axolotl" + System.nanoTime() % 100000;
    org.junit.jupiter.api.Assumptions.assumeTrue(TestSearch.ownsNode(), "stops only an Elasticsearch the run started itself");
    TestSearch.stop();
    List<Api.Answer> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      for (int w = 0; w < 4; w++) {
        Api writer = engineering.as(w + 1);
        int n = w;
        writers.submit(() -> {
          for (int i = 0; System.nanoTime() < until; i++) {
            Api.Answer answer = i % 3 == 2
                ? writer.post("api/v1/bookmarks", "{\"url\":\"https://outage.example/" + word + "/" + n + "/" + i
                    + "\",\"title\":\"Saved while search sleeps\",\"visibility\":\"PUBLIC\"}")
                : writer.post("api/v1/posts", "{\"text\":\"Writer " + n + " post " + i + " while search sleeps\"}");
            if (answer.status() != 201) {
              refused.add(answer);
            }
            written.incrementAndGet();
          }
          return null;
        });
      }
      Api.Answer one = author.post("api/v1/posts", "{\"text\":\"Written while search sleeps: " + word + "\"}");
      assertThat(one.status()).as(one.toString()).isEqualTo(201);
      Api.Answer down = author.get("api/v1/search?q=" + word);
      assertThat(down.status()).as(down.toString()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
      assertThat(down.header("Retry-After")).isNotNull();
      assertThat(author.get("api/v1/search/suggest?q=" + word).status()).isEqualTo(503);
      writers.shutdown();
      assertThat(writers.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(admin.get("api/v1/admin/search/status").json().getInt("pending")).isPositive();
    } finally {
      writers.shutdownNow();
      TestSearch.start();
    }
    assertThat(refused).as("writes refused while Elasticsearch was down").isEmpty();
    assertThat(written.get()).as("writes during the outage").isGreaterThan(20);
    JsonObject found = eventually(() -> author.get("api/v1/search?q=" + word).json(), r -> r.getJsonNumber("total").longValue() == 1);
    assertThat(types(found)).containsExactly("post");
    eventually(() -> admin.get("api/v1/admin/search/status").json(),
        s -> s.getInt("pending") == 0 && s.getJsonArray("indexes").stream().map(JsonValue::asJsonObject)
            .allMatch(i -> i.getJsonNumber("documents").longValue() == i.getJsonNumber("databaseCount").longValue()));
  }

  private static List<String> types(JsonObject results) {
    return results.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("type")).toList();
  }

  private static java.util.Map<String, Long> facet(JsonObject results, String name) {
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    results.getJsonObject("facets").getJsonArray(name).forEach(v ->
        counts.put(v.asJsonObject().getString("value"), v.asJsonObject().getJsonNumber("count").longValue()));
    return counts;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
