package org.agora.integration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegrationPersonalDataTest {

  static final String DN = "cn=Lea Leaver,ou=people,dc=example,dc=com";

  @Test
  void syncReportsLoseTheUsernameAndTheEntry() {
    String report = "{\"created\":[\"lea\"],\"updated\":[\"leah\",\"lea.m\"],\"problems\":[\"entry " + DN
        + ": missing attribute mail, skipped\"],\"joined\":[\"lea -> Finance\"]}";

    assertThat(IntegrationPersonalData.scrubbed(report, "lea", DN, "erased-7")).isEqualTo(
        "{\"created\":[\"erased-7\"],\"updated\":[\"leah\",\"lea.m\"],\"problems\":[\"entry erased-7"
            + ": missing attribute mail, skipped\"],\"joined\":[\"erased-7 -> Finance\"]}");
  }

  @Test
  void aUsernameWithDotsIsTakenLiterally() {
    assertThat(IntegrationPersonalData.scrubbed("[\"a.b\",\"axb\"]", "a.b", null, "erased-1"))
        .isEqualTo("[\"erased-1\",\"axb\"]");
  }
}
