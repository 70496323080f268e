package org.agora.app.ui;

import java.util.Optional;

/**
 * Where the Agora that the browser tests drive is running: the one place they take their base URL
 * from. Today the system property {@value #URL_PROPERTY} names a running instance; when the tests
 * deploy their own WAR, only this class needs to learn the new address.
 */
final class AgoraUnderTest {

  static final String URL_PROPERTY = "agora.it.url";

  private AgoraUnderTest() {}

  /** The base URL, always ending in a slash, or empty when no instance was named. */
  static Optional<String> baseUrl() {
    String url = System.getProperty(URL_PROPERTY, "").strip();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(url.endsWith("/") ? url : url + "/");
  }
}
