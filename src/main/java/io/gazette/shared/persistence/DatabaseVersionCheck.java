package io.gazette.shared.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Refuses to start on a database server Gazette cannot run on ({@link DatabaseVersion}) before any migration runs: the
 * check is Flyway's first step of the migration at start, so the start fails with a clear error and an old server gets
 * nothing but Flyway's empty history table.
 */
@Singleton
public class DatabaseVersionCheck implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new BeforeMigrate());
    }

    private static final class BeforeMigrate implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                DatabaseMetaData meta = context.getConnection().getMetaData();
                DatabaseVersion.problem(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion())
                        .ifPresent(problem -> {
                            throw new FlywayException(problem);
                        });
            } catch (SQLException e) {
                throw new FlywayException("Could not read the database server's version: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "gazette-database-version";
        }
    }
}
