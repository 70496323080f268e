package org.agora.app.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start: the embedded binaries
 * Maven copied from Maven Central ({@code io.zonky.test.postgres}, as {@code ./agora pg} uses),
 * unpacked into {@code target/}, a fresh data directory, a free port from 5439 on. The machine's
 * shared server on 5432 is never touched. PostgreSQL refuses to run as root, so as root it runs as
 * the unprivileged {@code agora} user, like {@link TestSearch}'s Elasticsearch.
 */
public final class PrivatePostgres implements AutoCloseable {

  private static final String SERVICE_USER = "agora";

  private final Path home;
  private final int port;

  private PrivatePostgres(Path home, int port) {
    this.home = home;
    this.port = port;
  }

  public static boolean available() {
    String jar = System.getProperty("agora.it.pg.binaries");
    return jar != null && Files.isRegularFile(Path.of(jar));
  }

  /** Unpacks the binaries, creates a cluster with a database {@code agora} and starts it. */
  public static PrivatePostgres start() {
    Path home = Path.of("target", "private-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
    PrivatePostgres server = new PrivatePostgres(home, freePort(5439));
    try {
      Files.createDirectories(home);
      run(home, List.of("sh", "-c", "unzip -p '" + System.getProperty("agora.it.pg.binaries") + "' '*.txz' | tar -xJ -C '" + home + "'"));
      if (root()) {
        run(home, List.of("sh", "-c", "id " + SERVICE_USER + " >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin " + SERVICE_USER));
        run(home, List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, home.toString()));
      }
      run(home, server.asService(home.resolve("bin/initdb").toString(), "-D", home.resolve("data").toString(),
          "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare PostgreSQL in " + home, e);
    }
    server.startServer();
    server.execute("create database agora");
    return server;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/agora";
  }

  /** Starts the stopped server again (crash recovery first if it was stopped hard). */
  public void startServer() {
    try {
      run(home, asService(home.resolve("bin/pg_ctl").toString(), "-D", home.resolve("data").toString(),
          "-l", home.resolve("postgres.log").toString(), "-w", "-t", "60",
          "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=60", "start"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stops the server the way an administrator restarting it does ({@code -m fast}): open
   * connections are terminated (57P01), new ones refused.
   */
  public void stopServer() {
    try {
      run(home, asService(home.resolve("bin/pg_ctl").toString(), "-D", home.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void execute(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("private PostgreSQL refused: " + sql, e);
    }
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "postgres", "");
  }

  @Override
  public void close() {
    try {
      stopServer();
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover directory in target/ does no harm
    }
  }

  private List<String> asService(String... command) {
    List<String> full = new ArrayList<>();
    if (root()) {
      full.addAll(List.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--clear-groups"));
    }
    full.addAll(List.of(command));
    return full;
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(Path home, List<String> command) throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("commands.log").toFile()))
        .start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed; see " + home.resolve("commands.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort(int first) {
    for (int candidate = first; candidate < first + 50; candidate++) {
      try (ServerSocket socket = new ServerSocket(candidate)) {
        return candidate;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IllegalStateException("no free port for PostgreSQL from " + first);
  }
}
