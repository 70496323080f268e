package org.agora.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.agora.platform.entity.SchemaMigrated;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs, then tells the background jobs
 * ({@link SchemaMigrated}) that they may start. Each feature module ships its own migrations under
 * {@code db/migration}; versions are timestamps so they interleave correctly. EclipseLink never
 * generates DDL.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = AgoraDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<SchemaMigrated> migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted + " migrations applied");
    migrated.fire(new SchemaMigrated(result.targetSchemaVersion));
  }
}
