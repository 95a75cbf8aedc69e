package io.gazette.schedule;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.time.Instant;
import java.util.Map;

/**
 * Two application starts on one database, for the scheduled send that must survive a restart. Quarkus runs test
 * classes grouped by profile in the order of the profiles' names (and a run of only some classes in the order of the
 * classes' names), so phase 1 runs, the application stops, and phase 2 starts it again on the same data: an H2 file under target/ (the default run), or the PostgreSQL test database (the
 * {@code pg} run), cleaned by phase 1 only.
 */
final class RestartPhases {

    /** The issue is scheduled for this moment; phase 1 runs before it, phase 2 after it. */
    static final Instant SEND_AT = Instant.parse("2031-03-06T08:00:00Z");
    static final String SLUG = "restart-weekly";

    private static final String H2_FILE = "jdbc:h2:file:./target/restart-db/gazette;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private RestartPhases() {
    }

    /** Phase 1: a fresh database; the issue is scheduled and must not go out yet. */
    public static class RestartPhase1Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2_FILE, "%test.quarkus.flyway.clean-at-start", "true");
        }
    }

    /** Phase 2: the same database, not cleaned; the clock has passed the send time. */
    public static class RestartPhase2Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2_FILE, "%test.quarkus.flyway.clean-at-start", "false");
        }
    }
}
