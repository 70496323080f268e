package org.agora.communities.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunityNameKeyTest {

  @Test
  void caseAccentsAndSpacingDoNotMakeANewName() {
    assertThat(CommunityNameKey.of("Café Team")).isEqualTo("cafe team");
    assertThat(CommunityNameKey.of("  CAFE\u00a0  team ")).isEqualTo("cafe team");
    assertThat(CommunityNameKey.of("Cafe\u0301 Team")).as("the accent typed as a combining mark")
        .isEqualTo("cafe team");
    assertThat(CommunityNameKey.of("Ärzte Über Grenzen")).isEqualTo(CommunityNameKey.of("arzte uber grenzen"));
    assertThat(CommunityNameKey.of("İstanbul Office")).isEqualTo("istanbul office");
  }

  @Test
  void differentWordsStayDifferent() {
    assertThat(CommunityNameKey.of("Berlin Office")).isNotEqualTo(CommunityNameKey.of("Berlin Offices"));
    assertThat(CommunityNameKey.of("CafeTeam")).isNotEqualTo(CommunityNameKey.of("Cafe Team"));
    // Devanagari vowel signs are combining marks, but they make different words.
    assertThat(CommunityNameKey.of("काम")).isNotEqualTo(CommunityNameKey.of("कम"));
  }
}
