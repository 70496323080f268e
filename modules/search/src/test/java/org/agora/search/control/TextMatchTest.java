package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextMatchTest {

  static String json(Query query) {
    return JsonpUtils.toJsonString(query, new JsonbJsonpMapper());
  }

  static final String FIELDS =
      "\"fields\":[\"title^3\",\"tags^2\",\"body\",\"author\",\"job_title\",\"department\",\"community\",\"location\"]";

  @Test
  void oneTextIsOneCrossFieldsQueryOverEveryTextField() {
    String json = json(TextMatch.query(List.of("Datenbanken")));
    assertThat(json).startsWith("{\"multi_match\":").contains(FIELDS, "\"type\":\"cross_fields\"",
        "\"minimum_should_match\":\"2<-25%\"");
    assertThat(json).doesNotContain("fuzziness", "query_string", ".de", ".en", "tie_breaker");
  }

  @Test
  void alternativesAreAnyOfTheirQueries() {
    String json = json(TextMatch.query(List.of("k8s", "kubernetes")));
    assertThat(json).startsWith("{\"bool\":").contains("\"query\":\"k8s\"", "\"query\":\"kubernetes\"",
        "\"minimum_should_match\":\"1\"");
  }

  @Test
  void typosAreForgivenInTheMisspeltWordsOnTextFieldsNeverOnTags() {
    String json = json(TextMatch.withTypos(List.of("Kubernets Migraton im"), Set.of("kubernets")));
    assertThat(json).contains("\"query\":\"Kubernets\"", "\"fuzziness\":\"1\"", "\"prefix_length\":1",
        "\"type\":\"best_fields\"");
    String fuzzyFields = "\"fields\":[\"title^3\",\"body\",\"author\",\"job_title\",\"department\",\"community\",\"location\"]";
    assertThat(json).contains(fuzzyFields);
    assertThat(json.split("fuzziness", -1)).as("one fuzzy word").hasSize(2);
    // the words spelt right stay exact, and so does the query as written
    assertThat(json).contains("\"query\":\"Migraton\",\"type\":\"cross_fields\"");
    assertThat(json).contains("\"query\":\"Kubernets Migraton im\"");
  }

  @Test
  void nothingIsForgivenWhenNoWordIsMisspelt() {
    assertThat(json(TextMatch.withTypos(List.of("Kubernetes Migration"), Set.of()))).doesNotContain("fuzziness");
  }

  @Test
  void onlyWordsOfFiveLettersOrMoreInShortQueriesAreWorthForgiving() {
    assertThat(TextMatch.forgivableWords("Kubernets")).containsExactly("kubernets");
    assertThat(TextMatch.forgivableWords("java sql")).isEmpty();
    assertThat(TextMatch.forgivableWords("Müllr")).containsExactly("müllr");
    assertThat(TextMatch.forgivableWords("benchmark post 118652 benchmark")).as("numbers are exact").containsExactly("benchmark");
    assertThat(TextMatch.forgivableWords("a b c d e f g h i Kubernetes")).isEmpty();
    assertThat(TextMatch.forgivableWords("\"\"\" ((( )))")).isEmpty();
    assertThat(TextMatch.forgivableWords("Kundendatenbanken".repeat(11))).as("187 letters").isEmpty();
  }
}
