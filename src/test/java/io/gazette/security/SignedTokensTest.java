package io.gazette.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static SignedTokens tokens(String secret, Instant now) {
        return new SignedTokens(() -> secret, Clock.fixed(now, ZoneOffset.UTC));
    }

    private final SignedTokens tokens = tokens("a-test-secret-that-is-long-enough-1234", NOW);

    @Test
    void roundTripsValuesForTheSamePurpose() {
        String token = tokens.issue("unsubscribe", null, "42", "7");
        assertEquals(Optional.of(List.of("42", "7")), tokens.verify("unsubscribe", token));
    }

    @Test
    void rejectsAnotherPurpose() {
        String token = tokens.issue("unsubscribe", null, "42", "7");
        assertEquals(Optional.empty(), tokens.verify("confirm", token));
    }

    @Test
    void rejectsTamperedPayloadOrSignature() {
        String token = tokens.issue("unsubscribe", null, "42", "7");
        String forgedPayload = new SignedTokens(() -> "another-secret-that-is-long-enough-12345", Clock.systemUTC())
                .issue("unsubscribe", null, "43", "7");
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", forgedPayload));
        String[] parts = token.split("\\.");
        String swapped = forgedPayload.split("\\.")[0] + "." + parts[1];
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", swapped));
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", flipped));
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", "garbage"));
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", "a.b.c"));
        assertEquals(Optional.empty(), tokens.verify("unsubscribe", null));
    }

    @Test
    void expiresAtTheGivenInstant() {
        String token = tokens.issue("confirm", NOW.plusSeconds(60), "1");
        assertEquals(Optional.of(List.of("1")), tokens.verify("confirm", token));
        SignedTokens later = tokens("a-test-secret-that-is-long-enough-1234", NOW.plusSeconds(60));
        assertEquals(Optional.empty(), later.verify("confirm", token));
    }

    @Test
    void differentValuesGiveDifferentTokens() {
        assertNotEquals(tokens.issue("unsubscribe", null, "1", "2"), tokens.issue("unsubscribe", null, "12"));
    }

    @Test
    void refusesShortSecrets() {
        assertThrows(IllegalStateException.class, () -> tokens("short", NOW));
    }
}
