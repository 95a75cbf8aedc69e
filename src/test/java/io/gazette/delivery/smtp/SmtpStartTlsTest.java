package io.gazette.delivery.smtp;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.testing.SelfSignedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gazette.delivery.testing.TestMessages.SENDER;
import static io.gazette.delivery.testing.TestMessages.loopback;
import static io.gazette.delivery.testing.TestMessages.mime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** STARTTLS against the test server, which upgrades the connection with a certificate made in the test. */
class SmtpStartTlsTest {

    private MisbehavingSmtpServer server;

    @BeforeEach
    void start() {
        server = MisbehavingSmtpServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void upgradesBeforeSayingAnythingAboutTheMessage() {
        server.offerStartTls(SelfSignedCertificate.create("mx.gazette.test").serverContext());
        SmtpSettings settings = loopback(server.port()).withSecurity(SmtpSecurity.STARTTLS).withTrustedHosts("127.0.0.1");
        try (SmtpSession session = SmtpSession.to(settings)) {
            SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "Private"));
            assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
        }
        List<String> commands = server.commands();
        int startTls = commands.indexOf("STARTTLS");
        int mail = indexOfPrefix(commands, "MAIL FROM");
        assertTrue(startTls >= 0 && mail > startTls, commands.toString());
        assertEquals(2, commands.stream().filter(c -> c.startsWith("EHLO")).count(), "EHLO again after the upgrade");
        assertEquals(1, server.received().size());
    }

    @Test
    void refusesToSendInTheClearWhenTheServerOffersNoStartTls() {
        SmtpSettings settings = loopback(server.port()).withSecurity(SmtpSecurity.STARTTLS);
        try (SmtpSession session = SmtpSession.to(settings)) {
            SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "Private"));
            assertEquals(OutcomeKind.TEMPORARY, outcome.kind());
            assertFalse(session.isConnected());
        }
        assertEquals(-1, indexOfPrefix(server.commands(), "MAIL FROM"));
        assertTrue(server.received().isEmpty());
    }

    private static int indexOfPrefix(List<String> commands, String prefix) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
