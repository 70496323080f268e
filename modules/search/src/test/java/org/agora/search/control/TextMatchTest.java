package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchTest {

  static String json(Query query) {
    return JsonpUtils.toJsonString(query, new JsonbJsonpMapper());
  }

  @Test
  void eachAlternativeIsAskedFoldedInGermanAndInEnglish() {
    String json = json(TextMatch.query(List.of("Datenbanken")));
    assertThat(json).contains(
        "\"fields\":[\"title^3\",\"tags^2\",\"body\",\"author\",\"job_title\",\"department\",\"community\",\"location\"]",
        "\"fields\":[\"title.de^3\",\"tags.de^2\",\"body.de\",\"job_title.de\",\"department.de\",\"community.de\"]",
        "\"fields\":[\"title.en^3\",\"tags.en^2\",\"body.en\",\"job_title.en\",\"department.en\",\"community.en\"]",
        "\"minimum_should_match\":\"2<-25%\"");
    assertThat(json).doesNotContain("fuzziness", "query_string");
  }

  @Test
  void typosAreForgivenWordByWordOnTextFieldsNeverOnTags() {
    String json = json(TextMatch.withTypos(List.of("Kubernets Migraton im")));
    assertThat(json).contains("\"query\":\"Kubernets\"", "\"query\":\"Migraton\"", "\"fuzziness\":\"AUTO:5,8\"",
        "\"prefix_length\":1", "\"type\":\"best_fields\"");
    String fuzzyFields = "\"fields\":[\"title^3\",\"body\",\"author\",\"job_title\",\"department\",\"community\",\"location\"]";
    assertThat(json).contains(fuzzyFields);
    // the exact query stays part of it, so exact matches still score highest
    assertThat(json).contains("\"type\":\"cross_fields\"");
  }

  @Test
  void onlyWordsOfFiveLettersOrMoreAndShortQueriesAreWorthForgiving() {
    assertThat(TextMatch.typosPossible("Kubernets")).isTrue();
    assertThat(TextMatch.typosPossible("java sql")).isFalse();
    assertThat(TextMatch.typosPossible("Müllr")).isTrue();
    assertThat(TextMatch.typosPossible("a b c d e f g h i Kubernetes")).isFalse();
    assertThat(TextMatch.typosPossible("\"\"\" ((( )))")).isFalse();
    assertThat(TextMatch.typosPossible("Kundendatenbanken".repeat(11))).as("187 letters").isFalse();
  }

  @Test
  void languageSubfieldsKeepTheBoostAndLeaveOutFieldsWithoutThem() {
    assertThat(TextMatch.inLanguage(List.of("title^3", "author", "body"), "de")).containsExactly("title.de^3", "body.de");
  }
}
