package org.agora.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agora.platform.entity.AgoraPrincipal;
import org.junit.jupiter.api.Test;

/** The demo company's shape: strong pairs, one department nearly on its own, the rest mixed. */
class DemoAffinityTest {

  private static final List<String> DEPARTMENTS = List.of("Engineering", "Platform Operations", "Product Management",
      "Design", "Sales", "Marketing", "Customer Success", "Finance", "People & Culture", "Legal & Compliance");

  private final List<DemoActivity.Author> authors = new ArrayList<>();
  private final DemoAffinity affinity;

  DemoAffinityTest() {
    long id = 1;
    for (String department : DEPARTMENTS) {
      for (int i = 0; i < 8; i++, id++) {
        authors.add(new DemoActivity.Author(new AgoraPrincipal(id, "p" + id, false), department));
      }
    }
    affinity = new DemoAffinity(authors);
  }

  /** The share of {@code from}'s interactions that reach {@code to}, over many draws. */
  private double share(String from, String to) {
    Random random = new Random(1);
    DemoActivity.Author author = authors.stream().filter(a -> a.department().equals(from)).findFirst().orElseThrow();
    int hits = 0;
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      if (affinity.partnerOf(author, random).department().equals(to)) {
        hits++;
      }
    }
    return hits / (double) draws;
  }

  @Test
  void strongPairsWorkTogetherMuchMoreThanOthers() {
    assertThat(share("Sales", "Customer Success")).isGreaterThan(0.25);
    assertThat(share("Engineering", "Platform Operations")).isGreaterThan(0.25);
    assertThat(share("Sales", "Finance")).isLessThan(0.05);
  }

  @Test
  void legalAndComplianceKeepsNearlyToItself() {
    assertThat(share("Legal & Compliance", "Legal & Compliance")).isGreaterThan(0.9);
    assertThat(share("Marketing", "Legal & Compliance")).isLessThan(0.02); // an even firm: 0.1
  }
}
