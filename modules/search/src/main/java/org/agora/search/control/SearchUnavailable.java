package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;

/**
 * Elasticsearch cannot do its part right now (down, overloaded, index missing): searches answer 503
 * and the outbox relay rolls back and tries again later. Never the caller's fault.
 */
public class SearchUnavailable extends RuntimeException {

  /** A call to Elasticsearch that may fail with an {@link IOException}. */
  public interface Call<T> {
    T run() throws IOException;
  }

  public SearchUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  /** Runs {@code call}, turning outages into {@link SearchUnavailable}; our own mistakes stay as they are. */
  public static <T> T guard(String what, Call<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new SearchUnavailable(what + ": " + e, e);
    } catch (ElasticsearchException e) {
      if (isOutage(e.status(), e.error() == null ? null : e.error().type())) {
        throw new SearchUnavailable(what + ": " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Overload, server trouble, or an index that is not (yet) there. */
  static boolean isOutage(int status, String errorType) {
    return status == 429 || status >= 500 || "index_not_found_exception".equals(errorType);
  }
}
