package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only when a trusted proxy passed it on. */
class ClientAddressTest {

  static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

  @Test
  void aDirectClientIsItsOwnAddressWhateverItClaims() {
    assertThat(ClientAddress.of("203.0.113.7", "127.0.0.1", PROXIES)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("203.0.113.7", null, PROXIES)).isEqualTo("203.0.113.7");
  }

  @Test
  void behindTrustedProxiesTheClientIsTheFirstHopTheyDidNotAdd() {
    assertThat(ClientAddress.of("10.0.0.2", "198.51.100.4", PROXIES)).isEqualTo("198.51.100.4");
    assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.4, 10.0.0.3", PROXIES))
        .as("what the client wrote itself (1.2.3.4) is not believed").isEqualTo("198.51.100.4");
    assertThat(ClientAddress.of("10.0.0.2", " , ", PROXIES)).isEqualTo("10.0.0.2");
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(ClientAddress.of("10.0.0.2", "198.51.100.4", Set.of())).isEqualTo("10.0.0.2");
  }
}
