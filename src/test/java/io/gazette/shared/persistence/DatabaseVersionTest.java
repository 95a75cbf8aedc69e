package io.gazette.shared.persistence;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL 15 or newer, as the README says; H2 whatever its version. */
class DatabaseVersionTest {

    @Test
    void postgresql14IsRefusedWithWhatToDo() {
        String problem = DatabaseVersion.problem("PostgreSQL", 14, 11).orElseThrow();
        assertTrue(problem.startsWith("Gazette needs PostgreSQL 15 or newer (it uses MERGE"), problem);
        assertTrue(problem.contains("the database server is PostgreSQL 14.11"), problem);
        assertTrue(problem.contains("quarkus.datasource.jdbc.url"), problem);
        assertTrue(DatabaseVersion.problem("PostgreSQL", 9, 6).isPresent());
    }

    @Test
    void postgresql15AndNewerAreFine() {
        assertEquals(Optional.empty(), DatabaseVersion.problem("PostgreSQL", 15, 0));
        assertEquals(Optional.empty(), DatabaseVersion.problem("PostgreSQL", 18, 1));
    }

    @Test
    void otherDatabasesAreNotPostgresql() {
        assertEquals(Optional.empty(), DatabaseVersion.problem("H2", 2, 4));
    }
}
