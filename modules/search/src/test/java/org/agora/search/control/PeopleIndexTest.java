package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import java.util.Set;
import org.agora.people.entity.Person;
import org.junit.jupiter.api.Test;

class PeopleIndexTest {

  @Test
  void typeAheadFindsEveryPartOfAName() {
    Person person = new Person("amueller", "Anna Müller-Weiß", Instant.EPOCH);
    assertThat(PeopleIndex.completionInputs(person))
        .containsExactly("Anna Müller-Weiß", "Anna", "Müller-Weiß", "Müller", "Weiß", "amueller");
  }

  @Test
  void theDocumentHoldsNoPrivateContactDetails() {
    Person person = new Person("bsmith", "Ben Smith", Instant.parse("2026-01-01T00:00:00Z"));
    person.setEmail("ben@example.org");
    person.setPhone("+49 30 1234");
    person.replaceSkills(Set.of("kubernetes", "java"));
    var document = PeopleIndex.document(12, person, 3, 4);
    assertThat(document.toString()).doesNotContain("ben@example.org").doesNotContain("1234");
    assertThat(document.get("tags")).isEqualTo(java.util.List.of("java", "kubernetes"));
    assertThat(document.get("suggest").toString()).contains("weight=3").contains("audience=[public]");
    assertThat(document.get("key")).isEqualTo("person:12");
    assertThat(document.get("public")).isEqualTo(true);
  }

  @Test
  void hitsWithoutHighlightShowTheirAboutTextEscaped() {
    var source =
        Json.createObjectBuilder()
            .add("type", "person")
            .add("id", 5)
            .add("title", "Ben Smith")
            .add("job_title", "Engineer")
            .add("department", "Engineering")
            .add("body", "I <3 a < b")
            .add("date", "2026-01-01T00:00:00Z")
            .build();
    var item = new PeopleIndex().item(5, source, null);
    assertThat(item.title()).isEqualTo("Ben Smith");
    assertThat(item.subtitle()).isEqualTo("Engineer · Engineering");
    assertThat(item.snippet()).isEqualTo("I &lt;3 a &lt; b");
    assertThat(item.url()).isEqualTo("/api/v1/people/5");
    assertThat(item.date()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }
}
