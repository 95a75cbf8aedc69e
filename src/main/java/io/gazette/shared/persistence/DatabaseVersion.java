package io.gazette.shared.persistence;

import java.util.Optional;

/**
 * The database servers Gazette runs on. PostgreSQL must be 15 or newer: the CSV import updates existing subscribers
 * with {@code MERGE}, which PostgreSQL added in 15. H2, the embedded zero-setup database, is always fine.
 */
public final class DatabaseVersion {

    /** The oldest PostgreSQL major version Gazette runs on. */
    public static final int POSTGRESQL_MINIMUM = 15;

    private DatabaseVersion() {
    }

    /** What is wrong with this server, from its JDBC metadata; empty when Gazette can run on it. */
    public static Optional<String> problem(String productName, int major, int minor) {
        if (!"PostgreSQL".equalsIgnoreCase(productName) || major >= POSTGRESQL_MINIMUM) {
            return Optional.empty();
        }
        return Optional.of("Gazette needs PostgreSQL " + POSTGRESQL_MINIMUM + " or newer (it uses MERGE, added in PostgreSQL 15);"
                + " the database server is PostgreSQL " + major + "." + minor + ". Upgrade the server, or point"
                + " quarkus.datasource.jdbc.url at one that is " + POSTGRESQL_MINIMUM + " or newer. Nothing was migrated.");
    }
}
