package io.gazette.delivery.bounce;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionPolicyTest {

    @Test
    void hardBouncesAndComplaintsSuppressAtOnce() {
        SuppressionPolicy policy = new SuppressionPolicy(3);
        assertTrue(policy.suppresses(BounceKind.HARD, 0));
        assertTrue(policy.suppresses(BounceKind.COMPLAINT, 0));
    }

    @Test
    void softBouncesSuppressWhenTheLimitIsReached() {
        SuppressionPolicy policy = new SuppressionPolicy(3);
        assertFalse(policy.suppresses(BounceKind.SOFT, 1));
        assertFalse(policy.suppresses(BounceKind.SOFT, 2));
        assertTrue(policy.suppresses(BounceKind.SOFT, 3));
        assertTrue(policy.suppresses(BounceKind.SOFT, 7));
    }

    @Test
    void aLimitOfZeroMeansSoftBouncesNeverSuppress() {
        SuppressionPolicy policy = new SuppressionPolicy(0);
        assertFalse(policy.suppresses(BounceKind.SOFT, 1_000));
        assertTrue(policy.suppresses(BounceKind.HARD, 0));
        assertThrows(IllegalArgumentException.class, () -> new SuppressionPolicy(-1));
    }
}
