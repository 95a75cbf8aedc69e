package io.gazette.delivery.smtp;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what the SMTP client reports into a {@link SendOutcome}, keeping the server's own words.
 * <ul>
 *     <li>4xx replies, connection errors and timeouts are {@link OutcomeKind#TEMPORARY}.</li>
 *     <li>5xx replies to the recipient or the data are {@link OutcomeKind#PERMANENT}, or {@link OutcomeKind#HARD_BOUNCE}
 *     when they say the address does not exist (enhanced 5.1.1/5.1.2/5.1.3/5.1.6/5.1.10, or such wording without an
 *     enhanced code).</li>
 *     <li>5xx replies to MAIL FROM are PERMANENT but never a bounce: they are about the sender, not the recipient.</li>
 *     <li>Anything that goes wrong before a message is offered (greeting, EHLO, STARTTLS, AUTH) is TEMPORARY: it says
 *     nothing about the message, and the auto-pause stops a send whose server refuses everyone.</li>
 * </ul>
 */
public final class SmtpReplyClassifier {

    private static final Set<String> BAD_MAILBOX_DETAILS = Set.of("1", "2", "3", "6", "10");
    private static final Pattern UNKNOWN_USER = Pattern.compile(
            "user unknown|unknown user|no such (user|mailbox|recipient)|recipient unknown|unknown recipient"
                    + "|(mailbox|address|user|recipient) (does not exist|not found)|invalid (recipient|mailbox)");

    private SmtpReplyClassifier() {
    }

    /** Classifies a failure of {@code Transport.sendMessage}, i.e. once the connection was open. */
    public static SendOutcome sendFailure(MessagingException e, String server, Duration latency) {
        SMTPAddressFailedException rcpt = find(e, SMTPAddressFailedException.class);
        if (rcpt != null && rcpt.getReturnCode() > 0) {
            return fromReply(SmtpReply.of(rcpt.getReturnCode(), rcpt.getMessage()), true, server, latency);
        }
        SMTPSendFailedException send = find(e, SMTPSendFailedException.class);
        if (send != null && send.getReturnCode() > 0) {
            boolean aboutRecipient = send.getCommand() == null || !send.getCommand().regionMatches(true, 0, "MAIL", 0, 4);
            return fromReply(SmtpReply.of(send.getReturnCode(), send.getMessage()), aboutRecipient, server, latency);
        }
        return connectionFailure(e, server, latency);
    }

    /** Classifies a failure to open or set up the connection: always temporary, with the server's reply when there was one. */
    public static SendOutcome connectFailure(MessagingException e, int lastCode, String lastReply, String server, Duration latency) {
        SmtpReply reply = SmtpReply.of(lastCode, lastReply);
        if (reply.code() >= 400 && find(e, IOException.class) == null) {
            return new SendOutcome(OutcomeKind.TEMPORARY, reply.code(), reply.enhanced(), reply.text(), server, latency);
        }
        return connectionFailure(e, server, latency);
    }

    /** Classifies a reply code and text as received from the server for a message. */
    public static SendOutcome reply(int code, String text, String server, Duration latency) {
        return fromReply(SmtpReply.of(code, text), true, server, latency);
    }

    private static SendOutcome fromReply(SmtpReply reply, boolean aboutRecipient, String server, Duration latency) {
        OutcomeKind kind;
        if (reply.code() >= 200 && reply.code() < 400) {
            kind = OutcomeKind.SENT;
        } else if (reply.permanentFailure()) {
            kind = aboutRecipient && saysAddressUnknown(reply) ? OutcomeKind.HARD_BOUNCE : OutcomeKind.PERMANENT;
        } else {
            kind = OutcomeKind.TEMPORARY;
        }
        return new SendOutcome(kind, reply.code(), reply.enhanced(), reply.text(), server, latency);
    }

    static boolean saysAddressUnknown(SmtpReply reply) {
        if (reply.enhanced() != null) {
            String[] parts = reply.enhanced().split("\\.");
            return parts[0].equals("5") && parts[1].equals("1") && BAD_MAILBOX_DETAILS.contains(parts[2]);
        }
        boolean addressCode = reply.code() == 550 || reply.code() == 551 || reply.code() == 553;
        return addressCode && UNKNOWN_USER.matcher(reply.text().toLowerCase(Locale.ROOT)).find();
    }

    private static SendOutcome connectionFailure(Exception e, String server, Duration latency) {
        return new SendOutcome(OutcomeKind.TEMPORARY, 0, null, describe(e), server, latency);
    }

    private static String describe(Exception e) {
        if (find(e, SocketTimeoutException.class) != null) {
            return "timeout: " + rootMessage(e);
        }
        if (find(e, ConnectException.class) != null) {
            return "connection refused: " + rootMessage(e);
        }
        if (find(e, UnknownHostException.class) != null) {
            return "unknown host: " + rootMessage(e);
        }
        if (find(e, IOException.class) != null) {
            return "connection error: " + rootMessage(e);
        }
        return "connection error: " + e.getMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Walks both the cause chain and Jakarta Mail's own "next exception" chain. */
    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t) {
            return me.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
