package org.agora.app.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * While PostgreSQL is down, requests must fail fast with 503, not hang. EclipseLink by default
 * retries a read query that failed on a broken connection three times, sleeping 5 s before each
 * attempt: a feed read then took over 15 s to fail. The connection pool already drops broken
 * connections and reconnects by itself, and the client may retry after the 503's Retry-After, so
 * EclipseLink does not retry.
 */
public class FailFastQueries implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
