package org.agora.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Micro running the built bundle on a fresh demo database of its own on the benchmark's
 * PostgreSQL ({@code bench.db.host}, {@code bench.db.port}: the local server on 5432 unless told
 * otherwise), for benchmarks that drive a whole node over HTTP; or a baseline bundle
 * ({@link VariantWar}) on a database that exists. Its log goes to
 * {@code modules/bench/target/<name>.log}; closing it kills the node and drops its own database.
 */
final class BenchNode implements AutoCloseable {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern PERSON = Pattern.compile("\"id\":(\\d+),[^}]*?\"username\":\"([^\"]+)\"");

  final URI base;
  final Process process;
  final Path log;
  /** The node's own database, dropped when it is closed; null for a database it was given. */
  private final BenchDatabase database;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private BenchNode(URI base, Process process, Path log, BenchDatabase database) {
    this.base = base;
    this.process = process;
    this.log = log;
    this.database = database;
  }

  /** Boots a node with the demo organisation; {@code jvmOptions} go before {@code -jar}. */
  static BenchNode start(String name, List<String> jvmOptions) throws Exception {
    BenchDatabase database = BenchDatabase.fromSystemProperties().named("agora_" + name.replace('-', '_'));
    database.recreate(true);
    List<String> options = new ArrayList<>(List.of("-Dagora.db.url=" + database.url(), "-Dagora.db.user=" + database.user(),
        "-Dagora.db.password=" + System.getProperty("bench.db.password", "unused"), "-Dagora.demo=true"));
    options.addAll(jvmOptions);
    return boot(name, war(), options, database);
  }

  /** Boots the bundle {@code war} on the database {@code db}, which stays when the node is closed. */
  static BenchNode startOn(String name, Path war, BenchDatabase db, List<String> jvmOptions) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Dagora.db.url=" + db.url(), "-Dagora.db.user=" + db.user(),
        "-Dagora.db.password=" + System.getProperty("bench.db.password", "unused")));
    options.addAll(jvmOptions);
    return boot(name, war, options, null);
  }

  /** The built bundle (or {@code -Dbench.war}). */
  static Path war() {
    return Path.of(System.getProperty("bench.war", root().resolve("modules/app/target/agora.war").toString()));
  }

  /** Where the benchmarks write: {@code modules/bench/target}. */
  static Path target() {
    return root().resolve(Path.of("modules", "bench", "target"));
  }

  /** Maven runs benchmarks from the reactor root or from modules/bench. */
  private static Path root() {
    return Files.isDirectory(Path.of("modules", "app")) ? Path.of(".") : Path.of("..", "..");
  }

  private static BenchNode boot(String name, Path war, List<String> options, BenchDatabase database) throws Exception {
    int port = freePort();
    Path log = target().resolve(name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dagora.search.url=" + System.getProperty("bench.search.url", "http://127.0.0.1:9200")));
    command.addAll(options);
    command.addAll(List.of(
        "-jar", System.getProperty("bench.microJar", root().resolve("modules/app/target/payara-micro.jar").toString()),
        "--deploy", war.toString(), "--contextroot", "/",
        "--port", String.valueOf(port), "--nocluster"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    BenchNode node = new BenchNode(URI.create("http://127.0.0.1:" + port + "/"), process, log, database);
    try {
      node.awaitReady();
    } catch (Exception e) {
      node.close();
      throw e;
    }
    return node;
  }

  /** The demo colleagues (username to id), the admin left out. */
  Map<String, Long> people() throws Exception {
    Map<String, Long> people = new LinkedHashMap<>();
    String body = send(HttpRequest.newBuilder(base.resolve("api/v1/people?limit=100")).header("Authorization", basic("admin"))).body();
    Matcher m = PERSON.matcher(body);
    while (m.find()) {
      if (!m.group(2).equals("admin")) {
        people.put(m.group(2), Long.parseLong(m.group(1)));
      }
    }
    return people;
  }

  /** A new personal access token of a demo colleague. */
  String token(String username) throws Exception {
    HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve("api/v1/me/tokens"))
        .header("Authorization", basic(username)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")));
    Matcher m = TOKEN.matcher(created.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + username + ": " + created.body());
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String username) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":agora-demo").getBytes(StandardCharsets.UTF_8));
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("bench.startup-seconds", 480));
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the node died; see " + log);
      }
      try {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("health/ready")));
        if (r.statusCode() == 200 && r.body().contains("UP") && r.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException e) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the node did not become ready; see " + log);
  }

  @Override
  public void close() throws Exception {
    process.destroyForcibly().waitFor();
    if (database != null) {
      database.recreate(false);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
