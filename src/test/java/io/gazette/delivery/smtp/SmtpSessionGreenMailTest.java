package io.gazette.delivery.smtp;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.gazette.delivery.testing.TestMessages.SENDER;
import static io.gazette.delivery.testing.TestMessages.loopback;
import static io.gazette.delivery.testing.TestMessages.mime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real SMTP over sockets into GreenMail: plain, implicit TLS and SMTP AUTH. */
class SmtpSessionGreenMailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup[]{ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("sender", "s3cret"))
            .withPerMethodLifecycle(true);

    @Test
    void deliversEachMessageToItsRecipientOverPlainSmtp() throws Exception {
        try (SmtpSession session = SmtpSession.to(loopback(MAIL.getSmtp().getPort()))) {
            for (int i = 0; i < 5; i++) {
                String to = "reader" + i + "@example.org";
                SendOutcome outcome = session.send(SENDER, to, mime(to, "Issue " + i));
                assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
                assertEquals(250, outcome.replyCode());
            }
            assertEquals(1, session.connectionsOpened());
        }
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertEquals(5, received.length);
        for (int i = 0; i < 5; i++) {
            MimeMessage message = received[i];
            String to = "reader" + i + "@example.org";
            assertEquals(to, message.getAllRecipients()[0].toString());
            assertEquals("Issue " + i, message.getSubject());
            assertEquals("<" + SENDER + ">", message.getHeader("Return-Path", null));
            String body = new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.contains(".a line that starts with a dot"), body);
            assertTrue(body.contains("Olá, ça va — ünïcödé."), body);
        }
    }

    @Test
    void sendsToAnAddressWithUnicodeBeforeTheAtWithSmtpUtf8() throws Exception {
        String to = "jörg@bücher.example";
        try (SmtpSession session = SmtpSession.to(loopback(MAIL.getSmtp().getPort()).withSmtpUtf8(true))) {
            SendOutcome outcome = session.send(SENDER, to, mime(to, "Grüße"));
            assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
        }
        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertEquals(to, received.getAllRecipients()[0].toString());
        // The envelope: GreenMail files the message in the mailbox named by RCPT TO, which must be the same address.
        assertEquals(List.of(to), MAIL.getUserManager().listUser().stream()
                .map(user -> user.getEmail()).filter(email -> !email.startsWith("sender")).toList());
    }

    @Test
    void sendsOverImplicitTlsWhenTheCertificateIsTrusted() throws Exception {
        SmtpSettings tls = loopback(MAIL.getSmtps().getPort()).withSecurity(SmtpSecurity.IMPLICIT).withTrustedHosts("127.0.0.1");
        try (SmtpSession session = SmtpSession.to(tls)) {
            SendOutcome outcome = session.send(SENDER, "tls@example.org", mime("tls@example.org", "Over TLS"));
            assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
        }
        assertEquals("Over TLS", MAIL.getReceivedMessages()[0].getSubject());
    }

    @Test
    void refusesAnUntrustedCertificate() {
        SmtpSettings tls = loopback(MAIL.getSmtps().getPort()).withSecurity(SmtpSecurity.IMPLICIT);
        try (SmtpSession session = SmtpSession.to(tls)) {
            SendOutcome outcome = session.send(SENDER, "tls@example.org", mime("tls@example.org", "Over TLS"));
            assertEquals(OutcomeKind.TEMPORARY, outcome.kind());
            assertTrue(outcome.reply().startsWith("connection error"), outcome.reply());
        }
        assertEquals(0, MAIL.getReceivedMessages().length);
    }

    @Test
    void authenticatesAndTreatsAWrongPasswordAsATemporaryServerSideFailure() {
        try (SmtpSession good = SmtpSession.to(loopback(MAIL.getSmtp().getPort()).withLogin("sender", "s3cret"));
             SmtpSession bad = SmtpSession.to(loopback(MAIL.getSmtp().getPort()).withLogin("sender", "wrong"))) {
            assertEquals(OutcomeKind.SENT, good.send(SENDER, "a@example.org", mime("a@example.org", "Authenticated")).kind());
            SendOutcome refused = bad.send(SENDER, "b@example.org", mime("b@example.org", "Not authenticated"));
            assertEquals(OutcomeKind.TEMPORARY, refused.kind());
            assertEquals(535, refused.replyCode(), refused.reply());
        }
        assertEquals(List.of("Authenticated"),
                Arrays.stream(MAIL.getReceivedMessages()).map(SmtpSessionGreenMailTest::subject).toList());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
