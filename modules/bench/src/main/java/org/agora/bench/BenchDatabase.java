package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's own PostgreSQL database: created fresh (or reused with {@code -Dbench.reuse=true}),
 * migrated with the application's own Flyway migrations.
 */
public record BenchDatabase(String host, int port, String user, String name) {

  public static BenchDatabase fromSystemProperties() {
    return new BenchDatabase(
        System.getProperty("bench.db.host", "127.0.0.1"),
        Integer.getInteger("bench.db.port", 5432),
        System.getProperty("bench.db.user", "postgres"),
        System.getProperty("bench.db.name", "agora_bench"));
  }

  public String url() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user, password());
  }

  /** Another database on the same server. */
  public BenchDatabase named(String other) {
    return new BenchDatabase(host, port, user, other);
  }

  /** Drops the database and, if asked, creates it empty. */
  public void recreate(boolean create) throws SQLException {
    try (Connection c = server(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      if (create) {
        s.execute("create database " + name);
      }
    }
  }

  /** Whether the database already holds a generated organisation worth reusing. */
  public boolean prepare(boolean reuse) throws SQLException {
    try (Connection c = server(); Statement s = c.createStatement()) {
      boolean exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
      if (exists && reuse) {
        return true;
      }
      if (exists) {
        s.execute("drop database " + name + " with (force)");
      }
      s.execute("create database " + name);
    }
    Flyway.configure().dataSource(url(), user, password())
        .locations("classpath:db/migration").load().migrate();
    return false;
  }

  /** The server's maintenance database, to create and drop databases from. */
  private Connection server() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password());
  }

  private static String password() {
    return System.getProperty("bench.db.password", "");
  }
}
