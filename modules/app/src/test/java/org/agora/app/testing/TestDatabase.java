package org.agora.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run a fresh PostgreSQL database of its own and drops it at the end,
 * so runs never see each other's rows and the shared server is left as it was found.
 *
 * <p>Runs before Arquillian reads {@code arquillian.xml}, which passes {@code agora.it.db.url} on to
 * every Payara Micro it boots. Only active under failsafe (which sets {@code agora.it.war}).
 */
public class TestDatabase implements LauncherSessionListener {

  public static final String URL_PROPERTY = "agora.it.db.url";

  private String name;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("agora.it.war") == null || System.getProperty(URL_PROPERTY) != null) {
      return;
    }
    name = "agora_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
    execute("create database " + name);
    System.setProperty(URL_PROPERTY, "jdbc:postgresql://" + host() + ":" + port() + "/" + name);
    System.setProperty("agora.it.db.user", user());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (name != null && !Boolean.getBoolean("agora.it.keep-db")) {
      execute("drop database if exists " + name + " with (force)");
    }
  }

  /** The run's database, as its owner (for tests that check rows behind the API's back). */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty(URL_PROPERTY), user(), System.getProperty("agora.it.db.password", ""));
  }

  /** The first column of {@code sql}, whose one parameter is {@code ids} as a bigint array. */
  public static java.util.Set<Long> longs(Connection c, String sql, java.util.Collection<Long> ids) throws SQLException {
    try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      java.util.Set<Long> found = new java.util.HashSet<>();
      try (java.sql.ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getLong(1));
        }
      }
      return found;
    }
  }

  private static void execute(String sql) {
    String url = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
    try (Connection c = DriverManager.getConnection(url, user(), System.getProperty("agora.it.db.password", ""));
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
    }
  }

  private static String host() {
    return propertyOr("agora.it.db.host", "127.0.0.1");
  }

  private static String port() {
    return propertyOr("agora.it.db.port", "5432");
  }

  private static String user() {
    return propertyOr("agora.it.db.user", "postgres");
  }

  private static String propertyOr(String key, String fallback) {
    String value = System.getProperty(key);
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
  }
}
