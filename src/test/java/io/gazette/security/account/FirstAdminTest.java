package io.gazette.security.account;

import io.gazette.security.BrowserSession;
import io.gazette.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each test starts from a database without accounts, as a fresh installation does. */
@QuarkusTest
class FirstAdminTest {

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    UserService users;

    @BeforeEach
    void noAccounts() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.deleteAll());
    }

    @Test
    void theFirstAdminComesFromConfigurationOnlyWhileNoAccountExists() {
        assertEquals(Optional.empty(), firstAdmin.ensure(Optional.empty(), Optional.empty(), LaunchMode.NORMAL),
                "without configuration nobody is created, and there is no built-in password");
        assertEquals(0, users.count());

        UserView admin = firstAdmin.ensure(Optional.of("Boss@Example.org"), Optional.of("the first admin's password"),
                LaunchMode.NORMAL).orElseThrow();
        assertEquals("boss@example.org", admin.email());
        assertEquals(Roles.ADMIN, admin.role());
        assertTrue(new BrowserSession().signIn("boss@example.org", "the first admin's password").getCookies()
                .containsKey("quarkus-credential"));

        assertEquals(Optional.empty(), firstAdmin.ensure(Optional.of("second@example.org"),
                Optional.of("another admin password"), LaunchMode.NORMAL), "only a start with no account creates one");
        assertEquals(1, users.count());
    }

    @Test
    void aWeakFirstAdminPasswordStopsTheStart() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> firstAdmin.ensure(Optional.of("boss@example.org"), Optional.of("admin"), LaunchMode.NORMAL));
        assertTrue(refusal.getMessage().contains("password: must be at least 12 characters"), refusal.getMessage());
        assertEquals(0, users.count());
    }
}
