package org.agora.integration.control;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.agora.integration.control.WebhookDeliveries.Claimed;

/**
 * Sends one delivery: POSTs the stored Activity Streams body with the signature headers. Never
 * follows redirects (a receiver must be registered with its real URL) and never throws: every
 * outcome, a refused connection included, becomes a {@link Outcome} for the log.
 */
public class WebhookSender {

  public static final String MEDIA_TYPE = "application/activity+json";

  /** What an attempt got: a status code, or null and the reason no answer came. */
  public record Outcome(Integer statusCode, String error, int durationMs) {}

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  public WebhookSender(Duration timeout, Clock clock) {
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.timeout = timeout;
    this.clock = clock;
  }

  public CompletableFuture<Outcome> send(Claimed delivery) {
    long started = System.nanoTime();
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(delivery.url()))
          .timeout(timeout)
          .header("Content-Type", MEDIA_TYPE)
          .header("User-Agent", "Agora-Webhooks/1")
          .header("Agora-Webhook-Id", Long.toString(delivery.webhookId()))
          .header("Agora-Delivery-Id", Long.toString(delivery.id()))
          .header("Agora-Event", delivery.eventType())
          .header("Agora-Timestamp", Long.toString(timestamp))
          .header("Agora-Signature", Signatures.sign(delivery.secret(), timestamp, delivery.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
          .build();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(null, "invalid request: " + e.getMessage(), 0));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, failure) -> {
          int millis = (int) ((System.nanoTime() - started) / 1_000_000);
          if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new Outcome(null, reason, millis);
          }
          int status = response.statusCode();
          return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, millis);
        });
  }
}
