package io.gazette.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.h2.tools.Server;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;

/**
 * Puts a {@link TcpRelay} between the application and its database, so a test can take the database away and give it
 * back. The default run serves the in-memory H2 database over H2's TCP server; the {@code pg} run relays to the
 * PostgreSQL test server.
 */
public class RelayedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpRelay relay;
    private Server h2;

    @Override
    public Map<String, String> start() {
        if (System.getProperty("quarkus.test.profile", "").contains("pg")) {
            URI pg = URI.create(System.getenv().getOrDefault("GAZETTE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test").substring(5));
            relay = TcpRelay.to(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
            return Map.of("%pg.quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + relay.port() + pg.getRawPath());
        }
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start H2's TCP server", e);
        }
        relay = TcpRelay.to("127.0.0.1", h2.getPort());
        return Map.of("%test.quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + relay.port()
                + "/mem:relayed;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Override
    public void stop() {
        if (relay != null) {
            relay.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    public static TcpRelay relay() {
        return relay;
    }
}
