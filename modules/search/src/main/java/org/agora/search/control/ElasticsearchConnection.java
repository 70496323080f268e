package org.agora.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Elasticsearch client of this node, at {@code agora.search.url} ({@code AGORA_SEARCH_URL}).
 * Timeouts are short: a search must fail fast with 503 when Elasticsearch is away, and the outbox
 * relay simply tries again later.
 */
@ApplicationScoped
public class ElasticsearchConnection {

  private static final Logger LOG = Logger.getLogger(ElasticsearchConnection.class.getName());

  static final int CONNECT_TIMEOUT_MILLIS = 1_000;
  static final int SOCKET_TIMEOUT_MILLIS = 10_000;
  /**
   * Connections kept open to the node. The Apache client's default (10 per route) made concurrent
   * searches queue for a connection at 20 users, and each type-ahead needs one too.
   */
  static final int CONNECTIONS = 64;

  @Inject
  @ConfigProperty(name = "agora.search.url", defaultValue = "http://127.0.0.1:9200")
  String url;

  // The client is a final class without a no-argument constructor, so it cannot sit behind a
  // normal-scoped proxy; one shared instance is what we want anyway.
  @Produces
  @Singleton
  ElasticsearchClient client() {
    Timeout connect = Timeout.ofMilliseconds(CONNECT_TIMEOUT_MILLIS);
    Timeout socket = Timeout.ofMilliseconds(SOCKET_TIMEOUT_MILLIS);
    Rest5Client rest =
        Rest5Client.builder(URI.create(url))
            .setConnectionConfigCallback(
                connection -> connection.setConnectTimeout(connect).setSocketTimeout(socket))
            .setRequestConfigCallback(
                request -> request.setConnectionRequestTimeout(connect).setResponseTimeout(socket))
            .setConnectionManagerCallback(
                pool -> pool.setMaxConnPerRoute(CONNECTIONS).setMaxConnTotal(CONNECTIONS))
            .build();
    LOG.info(() -> "searching with Elasticsearch at " + url);
    // JSON through JSON-B (the server's Yasson); tracing off, so no OpenTelemetry is needed.
    return new ElasticsearchClient(
        new Rest5ClientTransport(rest, new JsonbJsonpMapper(), null, NoopInstrumentation.INSTANCE));
  }

  void close(@Disposes ElasticsearchClient client) {
    try {
      client._transport().close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the Elasticsearch client", e);
    }
  }
}
