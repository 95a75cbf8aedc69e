package io.gazette.delivery.retry;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoPauseDetectorTest {

    private static final SendOutcome SENT = outcome(OutcomeKind.SENT, "250 2.0.0 Ok");
    private static final SendOutcome REFUSED = outcome(OutcomeKind.TEMPORARY, "421 4.7.0 Too many errors");
    private static final SendOutcome REJECTED = outcome(OutcomeKind.PERMANENT, "554 5.7.1 Sender blocked");
    private static final SendOutcome UNKNOWN_USER = outcome(OutcomeKind.HARD_BOUNCE, "550 5.1.1 User unknown");

    @Test
    void pausesAfterTheConfiguredFailuresInARowAndSaysWhy() {
        AutoPauseDetector detector = new AutoPauseDetector(3, 0, 10);
        assertEquals(Optional.empty(), detector.record(REFUSED));
        assertEquals(Optional.empty(), detector.record(REJECTED));
        Optional<String> verdict = detector.record(REFUSED);
        assertTrue(verdict.isPresent());
        assertEquals("3 messages in a row failed; the last reply was: 421 4.7.0 Too many errors", verdict.get());
    }

    @Test
    void aSuccessOrAHardBounceBreaksTheRow() {
        AutoPauseDetector detector = new AutoPauseDetector(3, 0, 10);
        detector.record(REFUSED);
        detector.record(REFUSED);
        detector.record(SENT);
        detector.record(REFUSED);
        detector.record(REFUSED);
        detector.record(UNKNOWN_USER);
        for (int i = 0; i < 100; i++) {
            detector.record(UNKNOWN_USER);
        }
        assertEquals(Optional.empty(), detector.record(REFUSED), "a dead-address list is not a server problem");
    }

    @Test
    void pausesWhenTheShareOfRecentFailuresReachesTheRatio() {
        AutoPauseDetector detector = new AutoPauseDetector(0, 0.5, 10);
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), detector.record(REFUSED), "not judged before the window is full");
            assertEquals(Optional.empty(), detector.record(SENT));
        }
        assertEquals(Optional.empty(), detector.record(SENT));
        Optional<String> verdict = detector.record(REFUSED);
        assertEquals(Optional.of("5 of the last 10 messages failed; the last reply was: 421 4.7.0 Too many errors"), verdict);
    }

    @Test
    void oldFailuresLeaveTheWindow() {
        AutoPauseDetector detector = new AutoPauseDetector(0, 0.5, 4);
        detector.record(REFUSED);
        detector.record(REFUSED);
        detector.record(SENT);
        detector.record(SENT);
        assertEquals(Optional.empty(), detector.record(SENT), "window: refused, sent, sent, sent");
        assertEquals(Optional.empty(), detector.record(REFUSED), "window: sent, sent, sent, refused");
        assertTrue(detector.record(REFUSED).isPresent(), "window: sent, sent, refused, refused");
    }

    @Test
    void resetStartsAfresh() {
        AutoPauseDetector detector = new AutoPauseDetector(2, 0, 10);
        detector.record(REFUSED);
        assertTrue(detector.record(REFUSED).isPresent());
        detector.reset();
        assertEquals(Optional.empty(), detector.record(REFUSED));
    }

    @Test
    void bothChecksOffNeverPauses() {
        AutoPauseDetector detector = new AutoPauseDetector(0, 0, 5);
        for (int i = 0; i < 50; i++) {
            assertEquals(Optional.empty(), detector.record(REJECTED));
        }
    }

    private static SendOutcome outcome(OutcomeKind kind, String reply) {
        return new SendOutcome(kind, Integer.parseInt(reply.substring(0, 3)), null, reply, "mx:25", Duration.ZERO);
    }
}
