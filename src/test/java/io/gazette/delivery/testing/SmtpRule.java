package io.gazette.delivery.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One scripted misbehaviour: at a stage, optionally only for one recipient and only the first N times, answer with a
 * given reply, drop the connection, stall before answering normally, or take a message and stall before saying so.
 * Built fluently:
 * {@code server.on(SmtpStage.RCPT).forRecipient("gone@example.org").reply("550 5.1.1 User unknown")}.
 */
public final class SmtpRule {

    enum Kind { REPLY, DROP, DELAY, ACCEPT_THEN_STALL }

    private final SmtpStage stage;
    private final AtomicInteger remaining = new AtomicInteger(-1);
    private volatile String recipient;
    private volatile Kind kind;
    private volatile String reply;
    private volatile Duration delay;

    SmtpRule(SmtpStage stage) {
        this.stage = stage;
    }

    /** Applies to the first {@code n} matching moments only; afterwards the server behaves. */
    public SmtpRule times(int n) {
        remaining.set(n);
        return this;
    }

    /** Applies only when this recipient is the one in RCPT, or one of the transaction's recipients at later stages. */
    public SmtpRule forRecipient(String address) {
        recipient = address;
        return this;
    }

    /** Answers with this reply line instead of the normal one; a 421 also closes the connection. */
    public void reply(String line) {
        reply = line;
        kind = Kind.REPLY;
    }

    /** Closes the connection without answering. */
    public void drop() {
        kind = Kind.DROP;
    }

    /** Waits this long, then answers normally (to run into client timeouts). */
    public void delay(Duration pause) {
        delay = pause;
        kind = Kind.DELAY;
    }

    /**
     * At {@link SmtpStage#END_OF_DATA}: takes the message (it counts as received), then waits this long before the 250,
     * as a server does whose reply is lost after it queued the message. A client whose read timeout is shorter cannot
     * know whether the message went through.
     */
    public void acceptThenStall(Duration pause) {
        delay = pause;
        kind = Kind.ACCEPT_THEN_STALL;
    }

    Kind kind() {
        return kind;
    }

    String replyLine() {
        return reply;
    }

    Duration pause() {
        return delay;
    }

    /** Whether the rule fires now; a firing rule with a count uses up one of its times. */
    boolean fires(SmtpStage at, Collection<String> recipients) {
        if (kind == null || at != stage || (recipient != null && !recipients.contains(recipient))) {
            return false;
        }
        while (true) {
            int left = remaining.get();
            if (left < 0) {
                return true;
            }
            if (left == 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }
}
