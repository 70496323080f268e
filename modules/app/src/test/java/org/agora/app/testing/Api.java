package org.agora.app.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small real HTTP client for the REST API, as an outside caller sees it: one per identity.
 * Answers are parsed with Jakarta JSON Processing so tests assert on the wire format.
 */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String authorization;
  private final HttpClient http;

  private Api(URI base, String authorization) {
    this(base, authorization, HTTP);
  }

  private Api(URI base, String authorization, HttpClient http) {
    this.base = base;
    this.authorization = authorization;
    this.http = http;
  }

  /** {@code deployment} is the URL Arquillian injects: the bundle's context root. */
  public static Api anonymous(URL deployment) {
    return new Api(baseUri(deployment), null);
  }

  /**
   * The deployment's URL on 127.0.0.1 with exactly one trailing slash, so relative paths resolve
   * below it. Arquillian reports the machine's own address; tests talk to loopback only.
   */
  public static URI baseUri(URL deployment) {
    String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
    try {
      return new URI(deployment.getProtocol(), null, "127.0.0.1", deployment.getPort(), path, null, null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(deployment.toString(), e);
    }
  }

  public Api as(String username, String password) {
    String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + basic, http);
  }

  public Api withToken(String token) {
    return new Api(base, "Bearer " + token, http);
  }

  /**
   * The same caller from another machine, as far as the server can tell: requests leave from
   * {@code loopbackAddress} (any 127.x.y.z on Linux) to the server at 127.0.0.1.
   */
  public Api from(String loopbackAddress) {
    try {
      URI local = new URI(base.getScheme(), null, "127.0.0.1", base.getPort(), base.getPath(), null, null);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
          .localAddress(java.net.InetAddress.getByName(loopbackAddress)).build();
      return new Api(local, authorization, client);
    } catch (java.net.URISyntaxException | java.net.UnknownHostException e) {
      throw new IllegalArgumentException(loopbackAddress, e);
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /**
   * A GET that may take long the first time: the server builds its OpenAPI document on the first
   * request, which takes over 30 s on a busy 2-core machine.
   */
  public Answer getPatiently(String path) {
    return send(request(path).timeout(Duration.ofMinutes(3)).GET());
  }

  public Answer getPatiently(String path, String accept) {
    return send(request(path).timeout(Duration.ofMinutes(3)).header("Accept", accept).GET());
  }

  public Answer get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  public Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A form post, as a browser sends one (used for pages outside the JSON API). */
  public Answer postForm(String path, String form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public Answer put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      JsonStructure structure = Json.createReader(new StringReader(body())).read();
      return structure.asJsonObject();
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
