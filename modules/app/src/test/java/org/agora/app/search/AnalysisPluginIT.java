package org.agora.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.agora.app.testing.TestSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agora's analysis plugin (modules/analysis) in the run's real Elasticsearch, which TestSearch
 * installed it into: each token filter through {@code _analyze}, and the German chain in an index's
 * own analyzer, where "Projekt" finds "Projektleitung" and "Datenbank" finds "Datenbanken". No
 * Payara: the node alone.
 */
class AnalysisPluginIT {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final String GERMAN = chain("lowercase", "agora_german_decompound", "agora_german_normalization", "agora_german_stem");

  static String node;

  @BeforeAll
  static void theNodeHasThePlugin() throws Exception {
    node = System.getProperty(TestSearch.URL_PROPERTY);
    assumeTrue(node != null, "needs the run's Elasticsearch (agora.it.search.url)");
    String plugins = send("GET", "/_cat/plugins?format=json", null).body();
    boolean installed = plugins.contains("\"" + TestSearch.ANALYSIS_PLUGIN + "\"");
    if (!TestSearch.ownsNode()) {
      assumeTrue(installed, "the outside node at " + node + " has no " + TestSearch.ANALYSIS_PLUGIN + " plugin");
    }
    assertThat(installed).as("plugin installed by TestSearch").isTrue();
  }

  @Test
  void germanNormalisationBringsEverySpellingOfANameTogether() throws Exception {
    assertThat(terms(chain("lowercase", "agora_german_normalization"), "Müller Mueller muller MÜLLER Straße"))
        .containsExactly("muller", "muller", "muller", "muller", "strasse");
  }

  @Test
  void theGermanChainStemsSplitsAndNormalises() throws Exception {
    assertThat(terms(GERMAN, "Datenbanken")).startsWith("datenbank");
    assertThat(terms(GERMAN, "Datenbank")).startsWith("datenbank");
    assertThat(terms(GERMAN, "Müller")).isEqualTo(terms(GERMAN, "Mueller")).isEqualTo(terms(GERMAN, "muller"));
    JsonObject analyzed = analyze(chain("lowercase", "agora_german_decompound"), "Projektleitung");
    assertThat(analyzed.getJsonArray("tokens").stream().map(JsonValue::asJsonObject)
        .map(t -> t.getString("token") + "@" + t.getInt("position")))
        .containsExactly("projektleitung@0", "projekt@0", "leitung@0");
  }

  @Test
  void wordFormsStandAtTheWordsPosition() throws Exception {
    JsonObject analyzed = analyze(chain("lowercase", "agora_german_decompound", "agora_word_forms"), "Kundendatenbanken Meetings");
    List<String> tokens = analyzed.getJsonArray("tokens").stream().map(JsonValue::asJsonObject)
        .map(t -> t.getString("token") + "@" + t.getInt("position")).toList();
    assertThat(tokens).startsWith("kundendatenbanken@0", "kundendatenbank@0")
        .contains("datenbank@0", "meetings@1", "meeting@1", "meet@1").doesNotHaveDuplicates();
  }

  @Test
  void asciiFoldingEnglishStemmingAndEdgeNGrams() throws Exception {
    assertThat(terms(chain("lowercase", "agora_ascii_folding"), "José Łódź Dvořák")).containsExactly("jose", "lodz", "dvorak");
    String preserving = "{\"type\": \"agora_ascii_folding\", \"preserve_original\": true}";
    assertThat(terms(chain("lowercase", preserving), "José")).containsExactly("jose", "josé");
    assertThat(terms(chain("lowercase", "agora_english_possessive", "agora_english_stem"), "the team's meetings connected"))
        .containsExactly("the", "team", "meet", "connect");
    String prefixes = "{\"type\": \"agora_edge_ngram\", \"min_gram\": 2, \"max_gram\": 4}";
    assertThat(terms(chain("lowercase", prefixes), "Kubernetes")).containsExactly("ku", "kub", "kube");
  }

  @Test
  void settingsThatCannotHoldAnswer400() throws Exception {
    String body = "{" + chain("{\"type\": \"agora_edge_ngram\", \"min_gram\": 5, \"max_gram\": 2}") + ", \"text\": \"x\"}";
    HttpResponse<String> answer = send("POST", "/_analyze", body);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("agora_edge_ngram needs 1 <= min_gram <= max_gram");
  }

  @Test
  void anIndexAnalysedWithTheGermanChainFindsPartsAndInflections() throws Exception {
    String index = "/agora-analysis-it-" + UUID.randomUUID();
    String settings = """
        {"settings": {"number_of_replicas": 0, "analysis": {"analyzer": {"agora_german": {"type": "custom", %s}}}},
         "mappings": {"properties": {"body": {"type": "text", "analyzer": "agora_german"}}}}""".formatted(GERMAN);
    assertThat(send("PUT", index, settings).statusCode()).isEqualTo(200);
    try {
      String doc = "{\"body\": \"Die Projektleitung von Jürgen Müller pflegt unsere Datenbanken\"}";
      assertThat(send("PUT", index + "/_doc/1?refresh=true", doc).statusCode()).isEqualTo(201);
      for (String query : List.of("Projekt", "Leitung", "Datenbank", "Mueller", "muller", "Juergen", "datenbanken")) {
        assertThat(hits(index, query)).as(query).isEqualTo(1);
      }
      assertThat(hits(index, "Kubernetes")).isZero();
    } finally {
      send("DELETE", index, null);
    }
  }

  /** The standard tokenizer and these filters: names, or a filter's JSON definition. */
  static String chain(String... filters) {
    List<String> quoted = Stream.of(filters).map(f -> f.startsWith("{") ? f : "\"" + f + "\"").toList();
    return "\"tokenizer\": \"standard\", \"filter\": [" + String.join(", ", quoted) + "]";
  }

  static int hits(String index, String query) throws Exception {
    String body = "{\"query\": {\"match\": {\"body\": " + Json.createValue(query) + "}}}";
    HttpResponse<String> answer = send("POST", index + "/_search", body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getJsonObject("hits").getJsonObject("total").getInt("value");
  }

  static List<String> terms(String analyzer, String text) throws Exception {
    return analyze(analyzer, text).getJsonArray("tokens").stream().map(t -> t.asJsonObject().getString("token")).toList();
  }

  static JsonObject analyze(String analyzer, String text) throws Exception {
    HttpResponse<String> answer = send("POST", "/_analyze", "{" + analyzer + ", \"text\": " + Json.createValue(text) + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body());
  }

  static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
