package io.gazette.delivery.worker;

import io.gazette.audience.Attributes;
import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.queue.ClaimedDelivery;
import io.gazette.delivery.queue.DeliveryResult;
import io.gazette.delivery.retry.RetryPolicy;
import io.gazette.delivery.send.DeliveryStatus;
import io.gazette.render.ComposedMessage;
import io.gazette.render.MessageComposer;
import io.gazette.render.Recipient;
import io.gazette.render.RenderedIssue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One recipient's turn: personalise the message, hand it over, and decide what the outcome means for the row. */
final class Attempts {

    /** An attempt and what it means for the row. */
    record Attempt(SendOutcome outcome, DeliveryResult result) {
    }

    private final MessageComposer composer;
    private final RetryPolicy retries;
    private final Clock clock;

    Attempts(MessageComposer composer, RetryPolicy retries, Clock clock) {
        this.composer = composer;
        this.retries = retries;
        this.clock = clock;
    }

    Attempt attempt(RenderedIssue issue, ClaimedDelivery delivery, ChannelSession session) {
        ComposedMessage message;
        try {
            message = composer.compose(issue, new Recipient(delivery.subscriberId(), delivery.listId(), delivery.email(),
                    delivery.name(), Attributes.values(delivery.attributes())));
        } catch (RuntimeException e) {
            SendOutcome refused = new SendOutcome(OutcomeKind.PERMANENT, 0, null, "could not compose: " + e.getMessage(), null, Duration.ZERO);
            return new Attempt(refused, result(delivery, refused, null));
        }
        SendOutcome outcome = session.send(delivery.email(), message.message());
        return new Attempt(outcome, result(delivery, outcome, message.messageId()));
    }

    private DeliveryResult result(ClaimedDelivery delivery, SendOutcome outcome, String messageId) {
        Instant now = clock.instant();
        String reply = outcome.reply();
        int code = outcome.replyCode();
        boolean uncertain = outcome.uncertain();
        return switch (outcome.kind()) {
            case SENT -> new DeliveryResult(delivery.id(), DeliveryStatus.SENT, now, code, reply, messageId, now, uncertain);
            case HARD_BOUNCE -> new DeliveryResult(delivery.id(), DeliveryStatus.BOUNCED, now, code, reply, messageId, null, uncertain);
            case PERMANENT -> new DeliveryResult(delivery.id(), DeliveryStatus.FAILED, now, code, reply, messageId, null, uncertain);
            case TEMPORARY -> {
                // An uncertain attempt is retried like any temporary failure: not retrying could lose the message,
                // retrying may double it; the send's possibleDoubles tells the operator how often that can have happened.
                Optional<Duration> wait = retries.retryDelay(OutcomeKind.TEMPORARY, delivery.attempts() + 1);
                yield wait.map(w -> new DeliveryResult(delivery.id(), DeliveryStatus.QUEUED, now.plus(w), code, reply, messageId,
                                null, uncertain))
                        .orElseGet(() -> new DeliveryResult(delivery.id(), DeliveryStatus.FAILED, now, code,
                                "gave up after " + (delivery.attempts() + 1) + " attempts: " + reply, messageId, null, uncertain));
            }
        };
    }
}
