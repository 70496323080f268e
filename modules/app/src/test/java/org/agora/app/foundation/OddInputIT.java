package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.app.testing.Api;
import org.agora.app.testing.ApiOperations;
import org.agora.app.testing.ApiOperations.Operation;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.OddValues;
import org.agora.app.testing.SharedNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every operation of the OpenAPI document, called by signed-in colleagues with odd parameters and
 * bodies (control characters, invalid UTF-8, huge and fractional numbers, wrong JSON types and
 * shapes, wrong Content-Types): no answer may be a 5xx, and every 4xx is problem+json. Request
 * {@code n} is generated from {@code SEED + n}, so a failure printed here can be replayed alone.
 */
// Last on the shared node: its 20,000 requests may spend the write budgets of its colleagues and
// of 127.0.0.1 for a minute, so the fuzz test also comes last within the class.
@Order(Order.DEFAULT + 2)
@SharedNode
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OddInputIT {

  static final long SEED = Long.getLong("agora.fuzz.seed", 20261206L);
  static final int REQUESTS = Integer.getInteger("agora.fuzz.requests", 20_000);
  static final Duration TIME_BUDGET = Duration.ofSeconds(Long.getLong("agora.fuzz.seconds", 110L));
  static final int IN_FLIGHT = 4;
  static final boolean CONTAINER_PAGES_ARE_FAULTS = Boolean.getBoolean("agora.fuzz.container-pages-are-faults");

  /** Operations that would end the caller's own access (its tokens) rather than test input handling. */
  static final Set<String> SKIPPED = Set.of("DELETE /api/v1/me/tokens/{id}");

  @SharedNode.Base URL base;

  record Call(int n, Operation operation, URI uri, OddValues.Body body, String token) {
    String method() {
      return operation.method();
    }

    @Override
    public String toString() {
      return "#" + n + " (seed " + (SEED + n) + ") " + method() + " " + uri
          + (body == null ? "" : " body " + body.shown());
    }
  }

  @Test
  @Order(2)
  void noOddInputAnswers5xxAndEvery4xxIsProblemJson() throws Exception {
    URI root = Api.baseUri(new URL(base, "/"));
    URI api = Api.baseUri(base);
    List<Operation> operations = ApiOperations.read(openApi(root)).stream()
        .filter(o -> !SKIPPED.contains(o.toString()))
        .toList();
    assertThat(operations).hasSizeGreaterThan(50);
    List<String> tokens = tokens();
    List<Long> knownIds = knownIds();

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    Map<String, List<String>> failures = new ConcurrentHashMap<>();
    Map<String, List<String>> containerPages = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    long started = System.nanoTime();
    int sent = 0;
    for (; sent < REQUESTS && System.nanoTime() - started < TIME_BUDGET.toNanos(); sent++) {
      Call call = call(sent, operations, tokens, knownIds, api);
      inFlight.acquire();
      // A connection the server closed after its previous answer may be picked up again: try once more.
      http.sendAsync(request(call), HttpResponse.BodyHandlers.ofString())
          .exceptionallyCompose(closed -> http.sendAsync(request(call), HttpResponse.BodyHandlers.ofString()))
          .whenComplete((answer, error) -> {
            try {
              String fault = error != null ? "no answer: " + error : fault(answer);
              if (answer != null) {
                statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
              }
              if (fault != null) {
                String kind = call.operation() + " -> " + (answer == null ? "no answer" : answer.statusCode());
                boolean container = answer != null && isContainerPage(answer) && !CONTAINER_PAGES_ARE_FAULTS;
                (container ? containerPages : failures)
                    .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(call + "\n    -> " + fault);
              }
            } finally {
              inFlight.release();
            }
          });
    }
    inFlight.acquire(IN_FLIGHT);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("OddInputIT: %d requests over %d operations in %.1f s (%.0f/s), answers by status %s%n",
        sent, operations.size(), seconds, sent / seconds, new java.util.TreeMap<>(statuses));
    kinds(containerPages).forEach(kind -> System.out.println("OddInputIT container page " + kind));
    List<String> kinds = kinds(failures);
    kinds.forEach(kind -> System.out.println("OddInputIT failure " + kind));
    assertThat(kinds).as("kinds of failure").isEmpty();
    assertThat(sent).as("requests sent within the time budget").isGreaterThan(REQUESTS / 4);
  }

  /** The inputs issue #24 reported as 500s or as accepted: each a 400 problem+json naming its field. */
  @Test
  @Order(1)
  void theReportedOddInputsAre400sNamingTheirField() throws Exception {
    Colleagues engineering = Colleagues.of(base, "Engineering");
    Api me = engineering.as(0);
    long community = me.post("api/v1/communities",
        "{\"name\":\"Odd input " + System.nanoTime() + "\",\"visibility\":\"PUBLIC\"}")
        .json().getJsonNumber("id").longValue();
    long idea = me.post("api/v1/communities/" + community + "/ideas", "{\"text\":\"Odd votes\"}").json()
        .getJsonNumber("id").longValue();
    SoftAssertions soft = new SoftAssertions();
    for (String query : List.of("people?skill=java%00", "people?department=%00", "people?location=Berlin%00x",
        "communities?q=%00", "experts?topic=java%00")) {
      refused(soft, me.get("api/v1/" + query), query.substring(query.indexOf('?') + 1, query.indexOf('=')));
    }
    refused(soft, me.put("api/v1/me/tags/" + "t".repeat(61), ""), "tag");
    soft.assertThat(me.put("api/v1/me/tags/" + "t".repeat(60), "").status()).isEqualTo(204);

    for (String limit : List.of("-1", "0", "101", "100000")) {
      refused(soft, me.get("api/v1/communities/" + community + "/ideas?limit=" + limit), "limit");
    }
    soft.assertThat(me.get("api/v1/communities/" + community + "/ideas?limit=100").status()).isEqualTo(200);

    refused(soft, me.put("api/v1/notifications/preferences", "[]"), "body");
    refused(soft, me.put("api/v1/notifications/preferences", "[1]"), "body");
    // A map's values are not fields JSON-B can name; the body is.
    refused(soft, me.put("api/v1/notifications/preferences", "{\"REACTED\": \"no\"}"), "body");

    for (String vote : List.of("\"1\"", "1.5", "1.0", "true", "99999999999")) {
      refused(soft, me.put("api/v1/ideas/" + idea + "/vote", "{\"value\": " + vote + "}"), "value");
    }
    soft.assertThat(me.put("api/v1/ideas/" + idea + "/vote", "{\"value\": 1}").body()).contains("\"score\":1");
    refused(soft, me.post("api/v1/posts", "{\"text\": \"nul \\u0000 inside\"}"), "text");

    // Further 500s the fuzz test below found.
    soft.assertThat(me.get("api/v1/people?department=99999999999999999999999").status()).isEqualTo(200);
    HttpResponse<String> wildcard = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/bookmarks/import"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (engineering.username(0) + ":" + Colleagues.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "*/*")
            .POST(HttpRequest.BodyPublishers.ofString("{"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    soft.assertThat(wildcard.statusCode()).as(wildcard.body()).isEqualTo(415);
    soft.assertThat(wildcard.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    HttpResponse<String> untyped = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/bookmarks/import"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (engineering.username(0) + ":" + Colleagues.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
    soft.assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(400);
    soft.assertAll();
  }

  static void refused(SoftAssertions soft, Api.Answer answer, String field) {
    soft.assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    soft.assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    if (answer.contentType().startsWith("application/problem+json")) {
      soft.assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
              .map(error -> error.getString("field")))
          .as(answer.toString())
          .contains(field);
    }
  }

  /** One example of each kind (operation and status), with how often it happened. */
  static List<String> kinds(Map<String, List<String>> answers) {
    return answers.entrySet().stream()
        .map(kind -> kind.getKey() + " (" + kind.getValue().size() + " times), e.g. " + kind.getValue().get(0))
        .sorted()
        .toList();
  }

  /**
   * An error page of the servlet container rather than of the API: empty or HTML. It answers
   * requests the container refuses before the application sees them (a path with an encoded NUL,
   * backslash or invalid UTF-8, a request line over 8 KB, a GET with a body, a Content-Type that
   * does not parse). Making those problem+json is finding 5 of issue #24; until then they are
   * listed, not failed, unless {@code -Dagora.fuzz.container-pages-are-faults=true}.
   */
  static boolean isContainerPage(HttpResponse<String> answer) {
    String type = answer.headers().firstValue("Content-Type").orElse("");
    return answer.statusCode() < 500 && (type.isEmpty() || type.startsWith("text/html"));
  }

  /** What is wrong with an answer, or null. */
  static String fault(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (status >= 500) {
      return status + " " + type + " " + shorten(answer.body());
    }
    if (status >= 400 && !type.startsWith("application/problem+json")) {
      return status + " without problem+json: " + type + " " + shorten(answer.body());
    }
    return null;
  }

  static String shorten(String text) {
    return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }

  /** Request {@code n}: an operation, odd values in its path and query, and an odd body for writes. */
  /** {@code api} is the bundle's context root: the document's paths ({@code /api/v1/...}) are below it. */
  static Call call(int n, List<Operation> operations, List<String> tokens, List<Long> knownIds, URI api) {
    Random random = new Random(SEED + n);
    OddValues odd = new OddValues(random, knownIds);
    Operation operation = operations.get(random.nextInt(operations.size()));
    String path = operation.path();
    StringBuilder query = new StringBuilder();
    for (ApiOperations.Parameter parameter : operation.parameters()) {
      if (parameter.in().equals("path")) {
        path = path.replace("{" + parameter.name() + "}", nonEmpty(odd.parameter(parameter.schema())));
      } else if (random.nextInt(3) > 0) {
        query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
            .append(odd.parameter(parameter.schema()));
      }
    }
    if (random.nextInt(20) == 0) {
      query.append(query.isEmpty() ? "?" : "&").append(odd.parameter(JsonValue.EMPTY_JSON_OBJECT)).append("=1");
    }
    boolean write = !operation.method().equals("GET") && !operation.method().equals("DELETE");
    OddValues.Body body = write || random.nextInt(20) == 0 ? odd.body(operation.body() == null
        ? JsonValue.EMPTY_JSON_OBJECT : operation.body()) : null;
    URI uri = URI.create(api + path.substring(1) + query);
    return new Call(n, operation, uri, body, tokens.get(random.nextInt(tokens.size())));
  }

  /** An empty path segment would address another resource (or none); this test is about values. */
  static String nonEmpty(String value) {
    return value.isEmpty() ? "%20" : value;
  }

  static HttpRequest request(Call call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + call.token())
        .header("Accept", "application/json");
    if (call.body() == null) {
      return request.method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
    }
    if (call.body().contentType() != null) {
      request.header("Content-Type", call.body().contentType());
    }
    return request.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body().bytes())).build();
  }

  JsonObject openApi(URI root) {
    Api.Answer document = Api.anonymous(toUrl(root)).getPatiently("openapi?format=JSON", "application/json");
    assertThat(document.status()).isEqualTo(200);
    return Json.createReader(new StringReader(document.body())).readObject();
  }

  /**
   * Tokens of colleagues in three departments: writes are limited per person, so the load is
   * spread, and a token, unlike a password, costs no key derivation per request.
   */
  List<String> tokens() {
    List<String> tokens = new ArrayList<>();
    for (String department : List.of("Engineering", "Marketing", "Finance")) {
      Colleagues colleagues = Colleagues.of(base, department);
      for (int person = 0; person < 4; person++) {
        Api.Answer token = colleagues.as(person).post("api/v1/me/tokens", "{\"name\":\"odd input\"}");
        tokens.add(token.json().getString("token"));
      }
    }
    return tokens;
  }

  /** Ids that exist (people, communities, posts), so that some requests reach past the 404. */
  List<Long> knownIds() {
    Api engineer = Colleagues.of(base, "Engineering").as(0);
    List<Long> ids = new ArrayList<>();
    Pattern id = Pattern.compile("\"id\":(\\d+)");
    for (String list : List.of("api/v1/me", "api/v1/communities?limit=10", "api/v1/feed/home?limit=10",
        "api/v1/people?limit=10")) {
      Matcher m = id.matcher(engineer.get(list).body());
      while (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }

  static URL toUrl(URI uri) {
    try {
      return uri.toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
