package io.gazette.delivery.send;

import io.gazette.delivery.OutcomeKind;

/** What the mail server said to one test message. */
public record TestSendResult(String address, OutcomeKind outcome, String reply) {
}
