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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run a real Elasticsearch of its own (the distribution Maven unpacked
 * into {@code target/elasticsearch}), on a free port from {@code agora.it.es.port} (9250) on, with
 * a fresh data directory, and stops it at the end. Arquillian passes {@code agora.it.search.url}
 * on to every Payara Micro it boots.
 *
 * <p>Before the first start it installs Agora's analysis plugin ({@code agora.it.analysis.zip}, the
 * zip modules/analysis builds) with {@code elasticsearch-plugin}, again only when the zip changed.
 *
 * <p>Elasticsearch refuses to run as root, so as root it runs as the unprivileged {@code agora}
 * user through {@code setpriv}, exactly like {@code ./agora es start}. Tests that need an outage
 * call {@link #stop()} and {@link #start()} from the client side ({@code @RunAsClient}).
 */
public class TestSearch implements LauncherSessionListener {

  public static final String URL_PROPERTY = "agora.it.search.url";
  public static final String ANALYSIS_PLUGIN = "agora-analysis";
  private static final String SERVICE_USER = "agora";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static Path home;
  private static Path data;
  private static int port;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String esHome = System.getProperty("agora.it.es.home");
    if (System.getProperty("agora.it.war") == null || System.getProperty(URL_PROPERTY) != null || esHome == null) {
      return;
    }
    home = Path.of(esHome);
    port = freePort(Integer.parseInt(System.getProperty("agora.it.es.port", "9250")));
    data = home.resolve("data-" + ProcessHandle.current().pid());
    installAnalysisPlugin();
    start();
    System.setProperty(URL_PROPERTY, url());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (home != null) {
      stop();
      deleteQuietly(data);
    }
  }

  /** Whether this run started the node itself (and so may stop and start it); false with an outside node. */
  public static boolean ownsNode() {
    return home != null;
  }

  public static String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the node and waits until the cluster answers green or yellow. */
  public static synchronized void start() {
    try {
      Files.createDirectories(data);
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        run(List.of("sh", "-c", "id " + SERVICE_USER + " >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin " + SERVICE_USER));
        run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, home.toString()));
      }
      List<String> command = new ArrayList<>();
      if (root) {
        command.addAll(List.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--clear-groups", "--reset-env"));
      }
      command.addAll(List.of("env", "PATH=" + System.getenv("PATH"), "ES_JAVA_HOME=" + System.getProperty("java.home"),
          "ES_JAVA_OPTS=-Xms512m -Xmx512m",
          home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString(),
          "-E", "discovery.type=single-node", "-E", "xpack.security.enabled=false",
          "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
          "-E", "http.host=127.0.0.1", "-E", "http.port=" + port, "-E", "transport.port=" + (port + 100),
          "-E", "path.data=" + data, "-E", "path.logs=" + home.resolve("logs")));
      run(command);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!healthy()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Elasticsearch did not become healthy on " + url() + "; see " + home.resolve("logs"));
        }
        Thread.sleep(500);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not start Elasticsearch from " + home, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Installs the analysis plugin unless the same zip (by SHA-256, kept beside the node) is installed
   * already. Runs before {@link #start()}, which hands the whole directory to the service user.
   */
  private static void installAnalysisPlugin() {
    String zipProperty = System.getProperty("agora.it.analysis.zip");
    if (zipProperty == null) {
      return;
    }
    try {
      Path zip = Path.of(zipProperty);
      byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip));
      String digest = HexFormat.of().formatHex(sha256);
      Path installed = home.resolve("plugins").resolve(ANALYSIS_PLUGIN);
      Path marker = home.resolve(ANALYSIS_PLUGIN + ".sha256");
      if (Files.isDirectory(installed) && Files.isRegularFile(marker) && Files.readString(marker).equals(digest)) {
        return;
      }
      List<String> cli = List.of("env", "PATH=" + System.getenv("PATH"), "ES_JAVA_HOME=" + System.getProperty("java.home"),
          home.resolve("bin/elasticsearch-plugin").toString());
      if (Files.isDirectory(installed)) {
        run(concat(cli, "remove", ANALYSIS_PLUGIN));
      }
      run(concat(cli, "install", "--batch", zip.toUri().toString()));
      Files.writeString(marker, digest);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("could not install " + zipProperty + " into " + home, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> concat(List<String> command, String... arguments) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(arguments));
    return all;
  }

  /** Stops the node (TERM, then KILL after 30 s); its data stays for the next {@link #start()}. */
  public static synchronized void stop() {
    try {
      Path pidFile = pidFile();
      if (!Files.exists(pidFile)) {
        return;
      }
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle.of(pid).ifPresent(p -> {
        p.destroy();
        try {
          p.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          p.destroyForcibly();
        }
      });
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean healthy() {
    try {
      HttpResponse<String> answer = HTTP.send(
          HttpRequest.newBuilder(URI.create(url() + "/_cluster/health")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().matches(".*\"status\":\"(green|yellow)\".*");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path pidFile() {
    return home.resolve("es-" + ProcessHandle.current().pid() + ".pid");
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("start.log").toFile()))
        .start();
    if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + home.resolve("start.log"));
    }
  }

  private static int freePort(int first) {
    for (int candidate = first; candidate < first + 50; candidate++) {
      try (ServerSocket http = new ServerSocket(candidate); ServerSocket transport = new ServerSocket(candidate + 100)) {
        return candidate;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IllegalStateException("no free port for Elasticsearch from " + first);
  }

  private static void deleteQuietly(Path dir) {
    File[] files = dir.toFile().listFiles();
    if (files != null) {
      for (File f : files) {
        if (f.isDirectory()) {
          deleteQuietly(f.toPath());
        } else {
          f.delete();
        }
      }
    }
    dir.toFile().delete();
  }
}
