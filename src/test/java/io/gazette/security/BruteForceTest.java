package io.gazette.security;

import io.gazette.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing is slowed to a crawl, per account and per client address (defaults: 5 and 20 failures). */
@QuarkusTest
class BruteForceTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @BeforeEach
    void fixTime() {
        clock.set(Instant.parse("2031-03-04T09:00:00Z"));
    }

    @AfterEach
    void resetTime() {
        clock.reset();
    }

    @Test
    void anAccountLocksAfterFiveFailuresForAGrowingTime() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        failFromNewAddresses(editor, 5);
        assertFalse(signsIn(editor), "the right password must not open a locked account");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(signsIn(editor), "the first lock lasts a minute");

        failFromNewAddresses(editor, 5);
        clock.advance(Duration.ofSeconds(61));
        failFromNewAddresses(editor, 1);
        clock.advance(Duration.ofSeconds(61));
        assertFalse(signsIn(editor), "the sixth failure in a row locks for two minutes");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(signsIn(editor));

        List<String> locks = accounts.create(Roles.ADMIN).bearer().queryParam("action", "login.locked")
                .queryParam("size", 100).get("/api/audit").jsonPath().getList("content.target");
        assertTrue(locks.contains("user:" + editor.id()), "lock is audited: " + locks);
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsLockedOut() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        BrowserSession attacker = new BrowserSession();
        for (int i = 0; i < 20; i++) {
            attacker.signIn("nobody-" + i + "@example.org", "guess " + i);
        }
        assertFalse(attacker.signIn(editor.email(), editor.password()).getCookies().containsKey("quarkus-credential"),
                "the locked address is refused even with the right password");
        assertTrue(signsIn(editor), "other addresses are not affected");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(attacker.signIn(editor.email(), editor.password()).getCookies().containsKey("quarkus-credential"));
    }

    private static void failFromNewAddresses(TestAccounts.Account account, int times) {
        for (int i = 0; i < times; i++) {
            new BrowserSession().signIn(account.email(), account.password() + " typo");
        }
    }

    private static boolean signsIn(TestAccounts.Account account) {
        return new BrowserSession().signIn(account.email(), account.password()).getCookies().containsKey("quarkus-credential");
    }
}
