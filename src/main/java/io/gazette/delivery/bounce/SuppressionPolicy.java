package io.gazette.delivery.bounce;

/**
 * Decides when a bounce suppresses its address: hard bounces and complaints at once, soft bounces once
 * {@code softBounceLimit} of them fell within the counting period (0: soft bounces never suppress).
 */
public record SuppressionPolicy(int softBounceLimit) {

    public SuppressionPolicy {
        if (softBounceLimit < 0) {
            throw new IllegalArgumentException("soft bounce limit must not be negative");
        }
    }

    /** @param softBouncesInPeriod soft bounces of the address within the period, this one included */
    public boolean suppresses(BounceKind kind, long softBouncesInPeriod) {
        return switch (kind) {
            case HARD, COMPLAINT -> true;
            case SOFT -> softBounceLimit > 0 && softBouncesInPeriod >= softBounceLimit;
        };
    }
}
