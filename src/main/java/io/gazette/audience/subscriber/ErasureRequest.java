package io.gazette.audience.subscriber;

/**
 * Erases a subscriber. {@code neverMailAgain}: the person also asked not to be mailed again, so their address stays
 * on the suppression list (the one piece of data kept, to honour that request).
 */
public record ErasureRequest(boolean neverMailAgain) {
}
