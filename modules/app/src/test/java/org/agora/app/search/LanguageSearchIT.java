package org.agora.app.search;

import static org.agora.app.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Deployments;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.search.boundary.Search;
import org.agora.search.control.CommunitiesIndex;
import org.agora.search.control.IndexRebuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search in German and English against the run's real Elasticsearch with Agora's analysis plugin:
 * inflections, compound parts and umlaut spellings find what was written, a typo is forgiven with
 * the exact match first, type-ahead folds umlauts, odd input never fails, and an index of the old
 * mapping is rebuilt behind its alias while searches go on.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageSearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.agoraWith(LanguageSearchIT.class, Api.class, Api.Answer.class, Colleagues.class, org.agora.app.testing.Eventually.class);
  }

  @ArquillianResource URL base;

  @Inject IndexRebuilder rebuilder;
  @Inject ElasticsearchClient elasticsearch;
  @Inject CommunitiesIndex communities;
  @Inject Search search;

  @Test
  @RunAsClient
  void germanAndEnglishQueriesFindInflectionsCompoundPartsAndUmlautSpellings() {
    String tag = "sprachtest" + System.nanoTime() % 1_000_000;
    Api author = Colleagues.of(base, "Finance").as(0);
    post(author, "Wir migrieren die Kundendatenbanken, die Projektleitung hat Frau Brüggemöller. #" + tag);
    post(author, "Our teams are migrating the databases this week. #" + tag);
    Api reader = Colleagues.of(base, "Sales").as(1);
    // Each post reaches the index on its own: wait for both before asking.
    eventually(() -> found(reader, "Kundendatenbanken", tag), hits -> hits.size() == 1);
    eventually(() -> found(reader, "week", tag), hits -> hits.size() == 1);

    for (String german : List.of("Datenbank", "datenbanken", "Kundendatenbank", "Projekt", "Leitung", "Brueggemoeller",
        "bruggemoller", "BRÜGGEMÖLLER")) {
      assertThat(found(reader, german, tag)).as(german).singleElement().asString().contains("Kundendatenbanken");
    }
    assertThat(found(reader, "database migration", tag)).singleElement().asString().contains("databases");

    JsonObject marked = reader.get("api/v1/search?q=Datenbank&tag=" + tag).json();
    assertThat(marked.getJsonArray("items").getJsonObject(0).getString("snippet")).contains("<mark>Kundendatenbanken</mark>");
  }

  @Test
  @RunAsClient
  void aTypoInALongerWordIsForgivenWhenNothingMatchesAsWritten() {
    String tag = "tippfehler" + System.nanoTime() % 1_000_000;
    Api author = Colleagues.of(base, "Marketing").as(0);
    post(author, "Die Inventur im Lager beginnt am Montag. #" + tag);
    post(author, "Wer hat die Inventr gesehen? #" + tag);
    Api reader = Colleagues.of(base, "Marketing").as(2);
    eventually(() -> found(reader, "Montag", tag), hits -> hits.size() == 1);
    eventually(() -> found(reader, "gesehen", tag), hits -> hits.size() == 1);

    assertThat(found(reader, "Inventr", tag)).as("as written, where it is written so").singleElement()
        .asString().contains("Inventr gesehen");
    assertThat(found(reader, "Invetur", tag)).singleElement().asString().contains("Inventur im Lager");
    assertThat(found(reader, "Lager Invetur", tag)).singleElement().asString().contains("Inventur im Lager");
    assertThat(found(reader, "Lagr", tag)).as("four letters must be exact").isEmpty();
    assertThat(found(reader, "Montag Invetur", tag)).as("the word spelt right stays exact").singleElement()
        .asString().contains("Inventur im Lager");
    // A word some document the reader may see holds as written counts as spelt right, as a spell checker's.
    assertThat(found(reader, "Montag Inventr", tag)).isEmpty();
  }

  @Test
  @RunAsClient
  void typeAheadCompletesNamesWithOrWithoutUmlautsAndSkillsFromTheirStart() {
    Colleagues legal = Colleagues.of(base, "Design");
    String surname = "Brüggemöllerin" + (char) ('a' + System.nanoTime() % 26);
    Api admin = Colleagues.admin(base);
    String before = legal.json(4).getString("displayName");
    rename(admin, legal.id(4), "Henrike " + surname);
    try {
      for (String typed : List.of("Henrike Brü", "brügg", "bruegg", "brugg", "BRÜGGEMÖ", "bruggemoe")) {
        JsonObject suggestions = eventually(() -> admin.get("api/v1/search/suggest?q=" + enc(typed)).json(),
            s -> s.toString().contains(surname));
        assertThat(suggestions.toString()).as(typed).contains("\"person\"");
      }
    } finally {
      rename(admin, legal.id(4), before);
    }
    assertThat(admin.get("api/v1/search/suggest?q=kube").json().toString()).contains("\"kubernetes\"");
  }

  /** Whatever is typed, search and type-ahead answer 200 or a 400 problem, never an error. */
  @Test
  @RunAsClient
  void oddQueriesAnswerEitherResultsOrAClearRefusal() {
    Api reader = Colleagues.of(base, "Design").as(0);
    List<String> odd = List.of("🚀🔥 Datenbank 🎉", "Привет мир データベース Müller", "der die das und oder", "the of and",
        "\"unbalanced quote", "((( ]]] }}}", "Kundendatenbanken".repeat(11), "a".repeat(60), "ß", "\u0000", "-", "*", "?",
        "x".repeat(1_000), "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller");
    for (String q : odd) {
      for (String path : List.of("api/v1/search?q=", "api/v1/search/suggest?q=")) {
        Api.Answer answer = reader.get(path + enc(q));
        assertThat(answer.status()).as(path + q).isIn(200, 400);
        if (answer.status() == 400) {
          assertThat(answer.contentType()).as(path + q).startsWith("application/problem+json");
        }
      }
    }
    // 10,000 characters do not fit the HTTP server's request line: refused before Agora sees them.
    assertThat(reader.get("api/v1/search?q=" + "x".repeat(10_000)).status()).isEqualTo(400);
  }

  /**
   * An upgrade: the alias still points at an index of the old mapping (the standard analyzer, as
   * the mapping version 1 was). Starting up rebuilds it in the new mapping behind the alias; searches
   * keep answering while it is built.
   */
  @Test
  void anIndexOfTheOldMappingIsRebuiltBehindItsAliasWhileSearchesGoOn() throws Exception {
    String alias = communities.alias();
    String current = elasticsearch.indices().getAlias(g -> g.name(alias)).aliases().keySet().iterator().next();
    String old = alias + "-v1";
    String oldMapping = oldMapping().toString();
    elasticsearch.indices().create(c -> c.index(old).withJson(new StringReader(oldMapping)));
    copy(current, old);
    elasticsearch.indices().updateAliases(u -> u
        .actions(a -> a.remove(x -> x.index(current).alias(alias)))
        .actions(a -> a.add(x -> x.index(old).alias(alias))));
    elasticsearch.indices().delete(d -> d.index(current));

    AgoraPrincipal reader = new AgoraPrincipal(1, "admin", true);
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread searching = Thread.ofVirtual().start(() -> {
      while (rebuilding.get()) {
        try {
          search.search(reader, "community", "community", null, null, null, null, null, 5, null);
          answered.incrementAndGet();
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }
    });
    try {
      assertThat(rebuilder.ensureAll()).isTrue();
    } finally {
      rebuilding.set(false);
      searching.join();
    }
    assertThat(failures).isEmpty();
    assertThat(answered.get()).isPositive();
    assertThat(elasticsearch.indices().getAlias(g -> g.name(alias)).aliases().keySet()).containsExactly(communities.versionedName());
    assertThat(elasticsearch.indices().exists(e -> e.index(old)).value()).isFalse();
    assertThat(elasticsearch.count(c -> c.index(alias)).count()).isEqualTo(communities.databaseCount());
  }

  /** Every document of one index into another (a few hundred communities: one page). */
  private void copy(String from, String to) throws java.io.IOException {
    var documents = elasticsearch.search(s -> s.index(from).size(10_000), co.elastic.clients.json.JsonData.class).hits().hits();
    assertThat(documents).isNotEmpty();
    elasticsearch.bulk(b -> {
      documents.forEach(hit -> b.operations(o -> o.index(i -> i.index(to).id(hit.id()).document(hit.source()))));
      return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
    });
  }

  /** The mapping of version 1: today's, with the standard analyzer everywhere. */
  private static JsonObject oldMapping() throws java.io.IOException {
    try (InputStream current = CommunitiesIndex.class.getResourceAsStream("/search/agora-communities-v3.json")) {
      JsonObject mapping = Json.createReader(current).readObject();
      JsonObjectBuilder settings = Json.createObjectBuilder(mapping.getJsonObject("settings")).remove("analysis");
      JsonObjectBuilder properties = Json.createObjectBuilder();
      mapping.getJsonObject("mappings").getJsonObject("properties").forEach((field, spec) -> {
        JsonObject s = spec.asJsonObject();
        JsonObjectBuilder old = Json.createObjectBuilder(s);
        if (s.containsKey("analyzer")) {
          old.add("analyzer", "completion".equals(s.getString("type")) ? "simple" : "standard").remove("search_analyzer");
        }
        properties.add(field, old);
      });
      return Json.createObjectBuilder()
          .add("settings", settings)
          .add("mappings", Json.createObjectBuilder(mapping.getJsonObject("mappings")).add("properties", properties))
          .build();
    }
  }

  private static void rename(Api admin, long person, String displayName) {
    String change = Json.createObjectBuilder().add("displayName", displayName).build().toString();
    assertThat(admin.patch("api/v1/people/" + person, change).status()).isEqualTo(200);
  }

  private static void post(Api author, String text) {
    Api.Answer answer = author.post("api/v1/posts", Json.createObjectBuilder().add("text", text).build().toString());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  /** The titles of the hits with this tag. */
  private static List<String> found(Api reader, String q, String tag) {
    Api.Answer answer = reader.get("api/v1/search?q=" + enc(q) + "&tag=" + tag);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonArray items = answer.json().getJsonArray("items");
    List<String> titles = new ArrayList<>();
    items.forEach(v -> titles.add(v.asJsonObject().getString("title")));
    return titles;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
