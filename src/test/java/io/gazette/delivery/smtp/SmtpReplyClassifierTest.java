package io.gazette.delivery.smtp;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpReplyClassifierTest {

    private static final Address[] NONE = new Address[0];

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "250 2.0.0 Ok: queued as 4F1                                   | SENT",
            "451 4.3.0 Temporary lookup failure                            | TEMPORARY",
            "452 4.2.2 Mailbox full                                        | TEMPORARY",
            "421 4.7.0 Try again later, closing connection                 | TEMPORARY",
            "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown | HARD_BOUNCE",
            "550 5.1.2 Host unknown                                        | HARD_BOUNCE",
            "553 5.1.3 Bad recipient address syntax                        | HARD_BOUNCE",
            "550 5.1.6 Mailbox has moved                                   | HARD_BOUNCE",
            "550 5.1.10 Recipient address has null MX                      | HARD_BOUNCE",
            "550 5.1.8 Bad sender's system address                         | PERMANENT",
            "550 5.2.1 Mailbox disabled                                    | PERMANENT",
            "554 5.7.1 Message rejected as spam                            | PERMANENT",
            "552 5.3.4 Message size exceeds fixed limit                    | PERMANENT",
            "550 No such user here                                         | HARD_BOUNCE",
            "550 Requested action not taken: mailbox unavailable           | PERMANENT",
            "551 User not local; please try <forward-path>                 | PERMANENT",
            "550-5.1.1 The email account that you tried to reach does not exist | HARD_BOUNCE",
    })
    void classifiesRecipientReplies(String reply, OutcomeKind expected) {
        int code = Integer.parseInt(reply.substring(0, 3));
        SendOutcome outcome = SmtpReplyClassifier.sendFailure(rcptFailure(code, reply), "mx:25", Duration.ZERO);
        assertEquals(expected, outcome.kind());
        assertEquals(code, outcome.replyCode());
        assertEquals(reply, outcome.reply());
        assertEquals("mx:25", outcome.server());
    }

    @Test
    void keepsTheEnhancedCodeOfMultiLineReplies() {
        SmtpReply reply = SmtpReply.parse("550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please check it");
        assertEquals(550, reply.code());
        assertEquals("5.1.1", reply.enhanced());
    }

    @Test
    void aRejectedSenderIsNeverABounceOfTheRecipient() {
        SMTPSendFailedException mailFrom = new SMTPSendFailedException("MAIL FROM:<bounces@gazette.test>", 550,
                "550 5.1.1 <bounces@gazette.test>: Sender address unknown", null, NONE, NONE, NONE);
        SendOutcome outcome = SmtpReplyClassifier.sendFailure(mailFrom, "mx:25", Duration.ZERO);
        assertEquals(OutcomeKind.PERMANENT, outcome.kind());
        assertEquals("5.1.1", outcome.enhancedCode());
    }

    @Test
    void aRejectionAfterTheDataCountsForTheRecipient() {
        SMTPSendFailedException afterData = new SMTPSendFailedException(".", 550,
                "550 5.1.1 <a@example.org> user unknown", null, NONE, NONE, NONE);
        assertEquals(OutcomeKind.HARD_BOUNCE, SmtpReplyClassifier.sendFailure(afterData, "mx:25", Duration.ZERO).kind());
    }

    @Test
    void aLostConnectionIsTemporaryWithoutAReplyCode() {
        SMTPSendFailedException eof = new SMTPSendFailedException("RCPT TO:<a@example.org>", -1, "[EOF]", null, NONE, NONE, NONE);
        SendOutcome outcome = SmtpReplyClassifier.sendFailure(eof, "mx:25", Duration.ZERO);
        assertEquals(OutcomeKind.TEMPORARY, outcome.kind());
        assertEquals(0, outcome.replyCode());
        assertNull(outcome.enhancedCode());
        assertEquals("connection error: [EOF]", outcome.reply());

        MessagingException reset = new MessagingException("Can't send command to SMTP host", new SocketException("Connection reset"));
        assertEquals("connection error: Connection reset", SmtpReplyClassifier.sendFailure(reset, "mx:25", Duration.ZERO).reply());
    }

    @Test
    void aTimeoutIsTemporary() {
        MessagingException timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
        SendOutcome outcome = SmtpReplyClassifier.sendFailure(timeout, "mx:25", Duration.ofSeconds(3));
        assertEquals(OutcomeKind.TEMPORARY, outcome.kind());
        assertEquals("timeout: Read timed out", outcome.reply());
        assertEquals(Duration.ofSeconds(3), outcome.latency());
    }

    @Test
    void connectFailuresAreTemporaryAndKeepTheServersReply() {
        SendOutcome badGreeting = SmtpReplyClassifier.connectFailure(new MessagingException("Got bad greeting from SMTP host"),
                554, "554 5.7.1 No SMTP service here", "mx:25", Duration.ZERO);
        assertEquals(OutcomeKind.TEMPORARY, badGreeting.kind());
        assertEquals(554, badGreeting.replyCode());
        assertEquals("554 5.7.1 No SMTP service here", badGreeting.reply());

        SendOutcome badLogin = SmtpReplyClassifier.connectFailure(new AuthenticationFailedException("535 5.7.8 Authentication failed"),
                535, "535 5.7.8 Authentication failed", "mx:25", Duration.ZERO);
        assertEquals(OutcomeKind.TEMPORARY, badLogin.kind());
        assertEquals("5.7.8", badLogin.enhancedCode());

        SendOutcome refused = SmtpReplyClassifier.connectFailure(
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")), 0, null, "mx:25", Duration.ZERO);
        assertEquals(OutcomeKind.TEMPORARY, refused.kind());
        assertEquals("connection refused: Connection refused", refused.reply());
    }

    @Test
    void onlyTemporaryOutcomesAreRetriedAndOnlySendingSideFailuresCount() {
        assertTrue(OutcomeKind.TEMPORARY.retryable());
        assertEquals(false, OutcomeKind.PERMANENT.retryable());
        assertEquals(false, OutcomeKind.HARD_BOUNCE.retryable());
        assertTrue(OutcomeKind.PERMANENT.failure());
        assertEquals(false, OutcomeKind.HARD_BOUNCE.failure());
        assertEquals(false, OutcomeKind.SENT.failure());
    }

    private static SendFailedException rcptFailure(int code, String reply) {
        try {
            InternetAddress address = new InternetAddress("a@example.org");
            SMTPAddressFailedException rcpt = new SMTPAddressFailedException(address, "RCPT TO:<a@example.org>", code, reply);
            return new SendFailedException("Invalid Addresses", rcpt, NONE, NONE, new Address[]{address});
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
