package org.agora.app.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one connection pool to PostgreSQL, configured through MicroProfile Config (so
 * {@code AGORA_DB_URL} and friends override it). Connections are validated and the whole pool is
 * dropped after a failure, so the pool heals by itself when the database comes back.
 */
@DataSourceDefinition(
    name = AgoraDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=agora.db.url}",
    user = "${MPCONFIG=agora.db.user}",
    password = "${MPCONFIG=agora.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=0",
      "fish.payara.max-wait-time-in-millis=5000",
      "connectTimeout=5",
      "socketTimeout=60",
      "ApplicationName=agora"
    })
@ApplicationScoped
public class AgoraDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/agora";
}
