package org.agora.bookmarks.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.platform.entity.Refusal;

/**
 * Brings the many spellings of one web address to one form, so that a link saved by many people
 * is one link: lower-case scheme and host, no default port, no fragment, no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}...), an empty path as {@code /}. Only http and
 * https are accepted: {@code javascript:}, {@code data:} and the like are refused.
 */
public final class UrlNormalizer {

  public static final int MAX_LENGTH = 2000;
  static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi");

  private UrlNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      throw Refusal.invalid("url", "required");
    }
    if (raw.length() > MAX_LENGTH) {
      throw Refusal.invalid("url", "at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw Refusal.invalid("url", "not a valid address");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw Refusal.invalid("url", "only http and https links can be saved");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw Refusal.invalid("url", "has no host");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = cleanQuery(uri.getRawQuery());
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
  }

  public static String host(String normalized) {
    return URI.create(normalized).getHost();
  }

  private static String cleanQuery(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty())
        .filter(p -> {
          String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
          return !name.startsWith("utm_") && !TRACKING.contains(name);
        })
        .collect(Collectors.joining("&"));
  }
}
