package org.agora.app.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Payara Micro process running the real bundle in a Hazelcast cluster on loopback, started by
 * a test itself (Arquillian's container runs with --nocluster). Its output goes to a log file in
 * target/ so a failing test can be understood.
 */
public final class MicroNode implements AutoCloseable {

  /** How long a node may take to start: 480 s, more on a crowded machine ({@code -Dagora.it.startup-seconds}). */
  public static final Duration STARTUP = Duration.ofSeconds(Long.getLong("agora.it.startup-seconds", 480));

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private MicroNode(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a node with Hazelcast on {@code hzPort}, joining the members listed in {@code members}. */
  public static MicroNode start(String name, int hzPort, String members, String clusterName, boolean demo) {
    return start(name, System.getProperty(TestDatabase.URL_PROPERTY), demo, System.getProperty(TestSearch.URL_PROPERTY), List.of(
        "--clustermode", "tcpip:" + members,
        "--clustername", clusterName,
        "--startport", String.valueOf(hzPort)));
  }

  /**
   * Starts a node alone (no data grid) on another database at {@code dbUrl} (user postgres, trust).
   * It gets no Elasticsearch: indexing its database into the run's indexes would break their counts.
   */
  public static MicroNode alone(String name, String dbUrl, boolean demo) {
    return start(name, dbUrl, demo, "http://127.0.0.1:1", List.of("--nocluster"));
  }

  private static MicroNode start(String name, String dbUrl, boolean demo, String searchUrl, List<String> microOptions) {
    List<String> jvmOptions = new ArrayList<>(List.of(
        "-Xmx512m", "-XX:+UseSerialGC",
        "-Dagora.db.url=" + dbUrl,
        "-Dagora.db.user=" + System.getProperty("agora.it.db.user", "postgres"),
        "-Dagora.db.password=unused",
        "-Dagora.demo=" + demo));
    if (searchUrl != null) {
      jvmOptions.add("-Dagora.search.url=" + searchUrl);
    }
    return start(name, jvmOptions, microOptions);
  }

  /** Starts a node with exactly these JVM and Payara Micro options, the bundle at the context root on a free port. */
  static MicroNode start(String name, List<String> jvmOptions, List<String> microOptions) {
    int port = freePort();
    Path log = Path.of("target", "micro-" + name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of(
        "-jar", System.getProperty("payara.microJar"),
        "--deploy", System.getProperty("agora.it.war"),
        "--contextroot", "/",
        "--port", String.valueOf(port),
        "--interfaces", "127.0.0.1"));
    command.addAll(microOptions);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new MicroNode(name, process, port, log);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Payara Micro " + name, e);
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Waits until the node answers ready (its database and bundle are up). */
  public MicroNode awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " died during start-up; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> ready = http.send(
            HttpRequest.newBuilder(base().resolve("health/ready")).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP") && ready.body().contains("\"database\"")) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("node " + name + " not ready within " + timeout + "; see " + log.toAbsolutePath());
  }

  /** Whether this node's data grid has listed the member at {@code address} (host:port). */
  public boolean sawMember(String address) {
    try {
      return Files.readString(log).contains("Address: /" + address);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The node's log from each line containing one of the {@code markers} on, at most {@code lines}
   * lines per hit and three hits, so a failing assertion can say what the node logged (CI keeps no
   * files).
   */
  public String logAround(int lines, String... markers) {
    try {
      List<String> all = Files.readAllLines(log);
      StringBuilder excerpt = new StringBuilder();
      int hits = 0;
      for (int i = 0; i < all.size() && hits < 3; i++) {
        String line = all.get(i);
        if (Arrays.stream(markers).anyMatch(line::contains)) {
          hits++;
          all.subList(i, Math.min(all.size(), i + lines)).forEach(kept -> excerpt.append(kept).append('\n'));
        }
      }
      return excerpt.length() == 0 ? "(none of " + List.of(markers) + " in " + log.toAbsolutePath() + ")" : excerpt.toString();
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  /** Waits until the two nodes found each other (whichever started its data grid last lists both). */
  public static void awaitCluster(MicroNode one, String oneAddress, MicroNode other, String otherAddress, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (one.sawMember(otherAddress) || other.sawMember(oneAddress)) {
        return;
      }
      sleep(250);
    }
    throw new IllegalStateException("nodes " + one.name + " and " + other.name + " formed no cluster; see " + one.log.toAbsolutePath());
  }

  /** Kills the process at once, as a crash would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static boolean available() {
    return System.getProperty("payara.microJar") != null && new File(System.getProperty("payara.microJar")).isFile()
        && System.getProperty(TestDatabase.URL_PROPERTY) != null;
  }
}
