package org.agora.app.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on loopback, as a partner system would run one: it checks each delivery's
 * signature and timestamp the way docs/integration.md tells receivers to, answers 200 (up) or
 * 503 (unavailable), or is not there at all (down: connection refused), and keeps what it got.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** Receivers reject deliveries whose timestamp is further than this from their clock. */
  public static final long TOLERANCE_SECONDS = 300;

  /** One request as it arrived; {@code answered} is the status the receiver gave. */
  public record Received(long webhookId, long deliveryId, String event, String body, boolean signatureValid, int answered) {}

  private final Map<Long, String> secrets = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int answer = 200;
  private HttpServer server;
  private boolean listening;
  private int port;

  public WebhookReceiver() {
    start(0);
  }

  private synchronized void start(int wantedPort) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 50);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on loopback port " + wantedPort, e);
    }
    server.createContext("/", exchange -> {
      byte[] bytes;
      try (InputStream in = exchange.getRequestBody()) {
        bytes = in.readAllBytes();
      }
      String body = new String(bytes, StandardCharsets.UTF_8);
      long webhookId = Long.parseLong(header(exchange, "Agora-Webhook-Id", "-1"));
      long timestamp = Long.parseLong(header(exchange, "Agora-Timestamp", "0"));
      String secret = secrets.get(webhookId);
      boolean valid = secret != null
          && Math.abs(Instant.now().getEpochSecond() - timestamp) <= TOLERANCE_SECONDS
          && MessageDigest.isEqual(
              sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
              header(exchange, "Agora-Signature", "").getBytes(StandardCharsets.UTF_8));
      int status = valid ? answer : 401;
      received.add(new Received(webhookId, Long.parseLong(header(exchange, "Agora-Delivery-Id", "-1")),
          header(exchange, "Agora-Event", ""), body, valid, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    listening = true;
    port = server.getAddress().getPort();
  }

  private static String header(com.sun.net.httpserver.HttpExchange exchange, String name, String fallback) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null ? fallback : value;
  }

  /** The receiver's verification: hex HMAC-SHA256 of {@code timestamp.body}, prefixed {@code v1=}. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public void trust(long webhookId, String secret) {
    secrets.put(webhookId, secret);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** What was accepted (answered 200) for one webhook. */
  public List<Received> accepted(long webhookId) {
    return received.stream().filter(r -> r.webhookId() == webhookId && r.answered() == 200).toList();
  }

  public void answer503() {
    answer = 503;
  }

  /** Stops listening: senders get "connection refused". */
  public synchronized void down() {
    if (listening) {
      server.stop(0);
      listening = false;
    }
  }

  /** Listens again on the same port, answering 200. */
  public synchronized void up() {
    answer = 200;
    down();
    start(port);
  }

  @Override
  public void close() {
    down();
  }
}
