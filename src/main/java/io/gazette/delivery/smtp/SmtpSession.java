package io.gazette.delivery.smtp;

import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.shared.validation.CanonicalMailbox;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One SMTP connection that sends many messages, one recipient each, and reconnects when it has to.
 * Not thread-safe: each worker thread holds its own session.
 * <p>
 * A connection that has already carried mail may have been closed by the server while idle; when such a
 * connection turns out dead before the server accepted MAIL FROM, nothing of the message can have been queued, so it
 * is tried once more at once on a fresh connection instead of being reported as a temporary failure. Any later failure
 * is reported as it is, never resent here: one that struck after the end of the data with no reply read is marked
 * {@link SendOutcome#uncertain() uncertain}, since the server may have queued the message and lost only its answer.
 */
public final class SmtpSession implements ChannelSession {

    /** Only reads messages; the session that sends them is per server. */
    /** Why a message to an address with characters outside ASCII before the @ was not attempted. */
    static final String NO_SMTPUTF8 = "not sent: the address has characters outside ASCII before the @, which needs "
            + "SMTPUTF8 (RFC 6531), and SMTPUTF8 is not in use: gazette.mail.smtputf8 is off, or the server does not offer it";

    private static final Session PARSING = Session.getInstance(new Properties());

    private final ServerRotation servers;
    private final Consumer<SmtpSession> onClose;
    private final Map<SmtpSettings, Session> mailSessions = new HashMap<>();
    private StagedTransport transport;
    private SmtpServer connectedTo;
    private long connections;

    SmtpSession(ServerRotation servers, Consumer<SmtpSession> onClose) {
        this.servers = servers;
        this.onClose = onClose;
    }

    /** A session to a single server. */
    public static SmtpSession to(SmtpSettings settings) {
        return new SmtpSession(new WeightedRoundRobin(List.of(new SmtpServer(settings, 1))), s -> { });
    }

    /**
     * Sends {@code mime} (a complete RFC 5322 message, sent as it is) to {@code recipient} with {@code envelopeFrom}
     * as the MAIL FROM address. Never throws for mail or connection problems: the outcome says what happened.
     */
    public SendOutcome send(String envelopeFrom, String recipient, byte[] mime) {
        try {
            return send(recipient, prepare(envelopeFrom, mime));
        } catch (MessagingException e) {
            return new SendOutcome(OutcomeKind.PERMANENT, 0, null, "unreadable message: " + e.getMessage(), serverName(), Duration.ZERO);
        }
    }

    /**
     * Sends a message built in memory, as it is, to {@code recipient} alone (whatever its To header says); MAIL FROM is
     * its From address. Saves parsing the bytes again when the caller composed the message itself.
     */
    @Override
    public SendOutcome send(String recipient, MimeMessage message) {
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            Address[] to = {new InternetAddress(recipient, true)};
            boolean reused = isConnected();
            Try first = attempt(message, to);
            outcome = reused && first.deadBeforeMailFrom() ? attempt(message, to).outcome() : first.outcome();
        } catch (AddressException e) {
            outcome = new SendOutcome(OutcomeKind.PERMANENT, 0, null, "invalid address: " + e.getMessage(), serverName(), Duration.ZERO);
        }
        return outcome.withLatency(Duration.ofNanos(System.nanoTime() - started));
    }

    /** Whether a connection is open now (it may still turn out to be dead when used). */
    public boolean isConnected() {
        return transport != null;
    }

    /** How many connections this session has opened so far. */
    public long connectionsOpened() {
        return connections;
    }

    /** The server of the current connection, or null when not connected. */
    public SmtpServer server() {
        return connectedTo;
    }

    @Override
    public void close() {
        disconnect();
        onClose.accept(this);
    }

    /** One try of a message; {@code deadBeforeMailFrom}: the connection died before MAIL FROM was accepted. */
    private record Try(SendOutcome outcome, boolean deadBeforeMailFrom) {
    }

    private Try attempt(MimeMessage message, Address[] to) {
        if (transport == null) {
            SendOutcome refused = connect();
            if (refused != null) {
                return new Try(refused, false);
            }
        }
        if (needsSmtpUtf8(to) && !(connectedTo.settings().smtputf8() && transport.supportsExtension("SMTPUTF8"))) {
            return new Try(new SendOutcome(OutcomeKind.PERMANENT, 0, null, NO_SMTPUTF8, serverName(), Duration.ZERO), false);
        }
        try {
            transport.sendMessage(message, to);
            return new Try(SmtpReplyClassifier.reply(transport.getLastReturnCode(), transport.getLastServerResponse(),
                    serverName(), Duration.ZERO), false);
        } catch (MessagingException e) {
            StagedTransport.Stage reached = transport.stage();
            SendOutcome failed = SmtpReplyClassifier.sendFailure(e, serverName(), Duration.ZERO);
            if (reached == StagedTransport.Stage.DATA_ENDED && failed.replyCode() == 0) {
                failed = failed.uncertainAfterData();
            }
            boolean dead = !transport.isConnected();
            if (dead) {
                disconnect();
            }
            return new Try(failed, dead && failed.kind() == OutcomeKind.TEMPORARY && reached == StagedTransport.Stage.BEFORE_MAIL_FROM);
        }
    }

    /** Opens a connection, trying each server of the rotation once; null when connected, else why not. */
    private SendOutcome connect() {
        SendOutcome failure = null;
        for (int i = 0; i < servers.size(); i++) {
            SmtpServer server = servers.next();
            StagedTransport candidate = null;
            try {
                candidate = new StagedTransport(mailSession(server.settings()));
                SmtpSettings s = server.settings();
                candidate.connect(s.host(), s.port(), s.username(), s.password());
                transport = candidate;
                connectedTo = server;
                connections++;
                return null;
            } catch (MessagingException e) {
                int code = candidate == null ? 0 : candidate.getLastReturnCode();
                String reply = candidate == null ? null : candidate.getLastServerResponse();
                failure = SmtpReplyClassifier.connectFailure(e, code, reply, server.settings().address(), Duration.ZERO);
                closeQuietly(candidate);
            }
        }
        return failure;
    }

    private static boolean needsSmtpUtf8(Address[] recipients) {
        return Arrays.stream(recipients).anyMatch(address -> CanonicalMailbox.hasUnicodeLocalPart(((InternetAddress) address).getAddress()));
    }

    private static SMTPMessage prepare(String envelopeFrom, byte[] mime) throws MessagingException {
        SMTPMessage message = new SMTPMessage(PARSING, new ByteArrayInputStream(mime));
        message.setEnvelopeFrom(envelopeFrom);
        return message;
    }

    private Session mailSession(SmtpSettings settings) {
        return mailSessions.computeIfAbsent(settings, s -> Session.getInstance(SmtpProperties.of(s)));
    }

    private String serverName() {
        return connectedTo == null ? null : connectedTo.settings().address();
    }

    private void disconnect() {
        closeQuietly(transport);
        transport = null;
        connectedTo = null;
    }

    private static void closeQuietly(SMTPTransport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException ignored) {
                // The connection is being given up either way.
            }
        }
    }
}
