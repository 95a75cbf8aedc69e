package io.gazette.delivery.smtp;

import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.testing.ReceivedMessage;
import io.gazette.delivery.testing.SmtpStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.gazette.delivery.testing.TestMessages.SENDER;
import static io.gazette.delivery.testing.TestMessages.loopback;
import static io.gazette.delivery.testing.TestMessages.mime;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One session against the test's own misbehaving SMTP server: reuse, reconnects, and what each failure becomes. */
class SmtpSessionTest {

    private MisbehavingSmtpServer server;
    private SmtpSession session;

    @BeforeEach
    void start() {
        server = MisbehavingSmtpServer.start();
        session = SmtpSession.to(loopback(server.port()));
    }

    @AfterEach
    void stop() {
        session.close();
        server.close();
    }

    @Test
    void sendsManyMessagesOverOneConnectionExactlyAsGiven() {
        for (int i = 0; i < 20; i++) {
            String to = "reader" + i + "@example.org";
            SendOutcome outcome = session.send(SENDER, to, mime(to, "Issue " + i));
            assertEquals(OutcomeKind.SENT, outcome.kind(), outcome.reply());
            assertEquals(250, outcome.replyCode());
            assertEquals("2.0.0", outcome.enhancedCode());
            assertTrue(outcome.reply().startsWith("250 2.0.0 Ok: queued as 1"), outcome.reply());
            assertEquals("127.0.0.1:" + server.port(), outcome.server());
            assertTrue(outcome.latency().compareTo(Duration.ZERO) > 0);
        }
        List<ReceivedMessage> received = server.received();
        assertEquals(20, received.size());
        assertEquals(1, server.connections());
        assertEquals(1, session.connectionsOpened());
        for (int i = 0; i < 20; i++) {
            String to = "reader" + i + "@example.org";
            assertEquals(SENDER, received.get(i).envelopeFrom());
            assertEquals(List.of(to), received.get(i).recipients());
            assertArrayEquals(mime(to, "Issue " + i), received.get(i).content());
        }
        assertTrue(server.commands().contains("EHLO gazette.test"), server.commands().toString());
    }

    @Test
    void anAddressThatNeedsSmtpUtf8IsAPermanentFailureWhereTheServerDoesNotOfferIt() {
        SendOutcome refused = session.send(SENDER, "jörg@example.de", mime("jörg@example.de", "Grüße"));
        assertEquals(OutcomeKind.PERMANENT, refused.kind());
        assertTrue(refused.reply().contains("SMTPUTF8"), refused.reply());
        assertTrue(server.commands().stream().noneMatch(command -> command.startsWith("MAIL")), server.commands().toString());
        try (SmtpSession utf8 = SmtpSession.to(loopback(server.port()).withSmtpUtf8(true))) {
            SendOutcome notOffered = utf8.send(SENDER, "jörg@example.de", mime("jörg@example.de", "Grüße"));
            assertEquals(OutcomeKind.PERMANENT, notOffered.kind());
            assertTrue(notOffered.reply().contains("SMTPUTF8"), notOffered.reply());
        }

        SendOutcome plain = session.send(SENDER, "ann@example.de", mime("ann@example.de", "Hello"));
        assertEquals(OutcomeKind.SENT, plain.kind(), plain.reply());
        assertTrue(server.commands().contains("MAIL FROM:<" + SENDER + ">"), server.commands().toString());
    }

    @Test
    void aRefusedConnectionIsTemporaryAndTheNextSendConnects() {
        server.refuseConnections();
        SendOutcome refused = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
        assertEquals(OutcomeKind.TEMPORARY, refused.kind());
        assertEquals(0, refused.replyCode());
        assertTrue(refused.reply().startsWith("connection refused"), refused.reply());
        assertFalse(session.isConnected());

        server.acceptConnections();
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "x")).kind());
        assertEquals(1, server.received().size());
    }

    @Test
    void aGreeting421IsTemporaryWithTheServersWordsUntilTheServerRecovers() {
        server.on(SmtpStage.GREETING).times(2).reply("421 4.3.2 Service not available, try later");
        for (int i = 0; i < 2; i++) {
            SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
            assertEquals(OutcomeKind.TEMPORARY, outcome.kind());
            assertEquals(421, outcome.replyCode());
            assertEquals("4.3.2", outcome.enhancedCode());
            assertTrue(outcome.reply().contains("Service not available"), outcome.reply());
        }
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "x")).kind());
        assertEquals(3, server.connections());
    }

    @Test
    void a451KeepsTheConnectionAndTheRetrySucceeds() {
        server.on(SmtpStage.RCPT).times(1).reply("451 4.3.0 Temporary lookup failure");
        SendOutcome first = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
        assertEquals(OutcomeKind.TEMPORARY, first.kind());
        assertEquals(451, first.replyCode());
        assertEquals("451 4.3.0 Temporary lookup failure", first.reply());
        assertTrue(session.isConnected());

        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "x")).kind());
        assertEquals(1, server.connections());
        assertEquals(1, server.received().size());
    }

    @Test
    void anUnknownUserIsAHardBounceAndOthersStillGoThroughTheSameConnection() {
        server.on(SmtpStage.RCPT).forRecipient("gone@example.org").reply("550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown");
        SendOutcome gone = session.send(SENDER, "gone@example.org", mime("gone@example.org", "x"));
        SendOutcome here = session.send(SENDER, "here@example.org", mime("here@example.org", "x"));

        assertEquals(OutcomeKind.HARD_BOUNCE, gone.kind());
        assertEquals(550, gone.replyCode());
        assertEquals("5.1.1", gone.enhancedCode());
        assertTrue(gone.reply().contains("User unknown"), gone.reply());
        assertEquals(OutcomeKind.SENT, here.kind());
        assertEquals(1, server.connections());
        assertEquals(List.of("here@example.org"), server.received().get(0).recipients());
    }

    @Test
    void aRejectedMessageIsPermanentWithTheReply() {
        server.on(SmtpStage.END_OF_DATA).times(1).reply("552 5.3.4 Message size exceeds fixed limit");
        server.on(SmtpStage.DATA).times(1).reply("554 5.7.1 Rejected by policy");
        SendOutcome atDataCommand = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
        SendOutcome atEndOfData = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));

        assertEquals(OutcomeKind.PERMANENT, atDataCommand.kind());
        assertEquals(554, atDataCommand.replyCode());
        assertEquals("5.7.1", atDataCommand.enhancedCode());
        assertEquals(OutcomeKind.PERMANENT, atEndOfData.kind());
        assertFalse(atEndOfData.uncertain(), "a reply to the end of the data is an answer");
        assertEquals(552, atEndOfData.replyCode());
        assertEquals("552 5.3.4 Message size exceeds fixed limit", atEndOfData.reply());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void aRejectedSenderIsPermanentButNeverABounce() {
        server.on(SmtpStage.MAIL).times(1).reply("550 5.1.8 <bounces@gazette.test>: Sender address rejected: Domain not found");
        SendOutcome outcome = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
        assertEquals(OutcomeKind.PERMANENT, outcome.kind());
        assertEquals("5.1.8", outcome.enhancedCode());
    }

    @Test
    void aDropMidDataOnAFreshConnectionIsTemporaryAndNothingIsDelivered() {
        server.on(SmtpStage.BODY).times(1).drop();
        SendOutcome dropped = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));
        assertEquals(OutcomeKind.TEMPORARY, dropped.kind(), dropped.reply());
        assertEquals(0, dropped.replyCode());
        assertTrue(dropped.uncertain(), "the client had handed over the whole message when the connection dropped:"
                + " it cannot know that the server did not take it");
        assertFalse(session.isConnected());
        assertTrue(server.received().isEmpty());

        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "x")).kind());
        assertEquals(2, server.connections());
        assertEquals(1, server.received().size());
    }

    @Test
    void aReusedConnectionThatDiesIsReplacedAtOnceWithoutReportingAFailure() {
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "1")).kind());
        server.on(SmtpStage.MAIL).times(1).drop();
        SendOutcome second = session.send(SENDER, "b@example.org", mime("b@example.org", "2"));

        assertEquals(OutcomeKind.SENT, second.kind(), second.reply());
        assertEquals(2, server.connections());
        assertEquals(List.of(List.of("a@example.org"), List.of("b@example.org")),
                server.received().stream().map(ReceivedMessage::recipients).toList());
    }

    @Test
    void aReusedConnectionThatDiesAfterMailFromWasAcceptedIsNotResentAtOnce() {
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "1")).kind());
        server.on(SmtpStage.RCPT).times(1).drop();
        SendOutcome second = session.send(SENDER, "b@example.org", mime("b@example.org", "2"));

        assertEquals(OutcomeKind.TEMPORARY, second.kind(), second.reply());
        assertFalse(second.uncertain(), "nothing can be queued before the end of the data");
        assertEquals(1, server.connections());
        assertEquals(List.of(List.of("a@example.org")), server.received().stream().map(ReceivedMessage::recipients).toList());
    }

    @Test
    void aTimeoutAfterTheEndOfDataOnAReusedConnectionIsNotResentAtOnce() {
        session.close();
        session = SmtpSession.to(loopback(server.port()).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2)));
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "1")).kind());
        server.on(SmtpStage.END_OF_DATA).times(1).acceptThenStall(Duration.ofSeconds(2));
        SendOutcome second = session.send(SENDER, "b@example.org", mime("b@example.org", "2"));

        assertEquals(OutcomeKind.TEMPORARY, second.kind(), second.reply());
        assertTrue(second.reply().startsWith("timeout"), second.reply());
        assertTrue(second.uncertain(), "the server may have the message");
        assertTrue(second.reply().contains("the server may have accepted it"), second.reply());
        assertEquals(1, server.connections(), "no second connection carried the message again");
        assertEquals(List.of(List.of("a@example.org"), List.of("b@example.org")),
                server.received().stream().map(ReceivedMessage::recipients).toList());
    }

    @Test
    void aReusedConnectionIsReplacedOnlyOnce() {
        assertEquals(OutcomeKind.SENT, session.send(SENDER, "a@example.org", mime("a@example.org", "1")).kind());
        server.on(SmtpStage.MAIL).reply("421 4.7.0 Too many connections, closing");
        SendOutcome second = session.send(SENDER, "b@example.org", mime("b@example.org", "2"));

        assertEquals(OutcomeKind.TEMPORARY, second.kind());
        assertEquals(421, second.replyCode());
        assertEquals(2, server.connections());
    }

    @Test
    void aServerThatStallsRunsIntoTheReadTimeout() {
        session.close();
        session = SmtpSession.to(loopback(server.port()).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2)));
        server.on(SmtpStage.END_OF_DATA).times(1).delay(Duration.ofSeconds(2));
        SendOutcome stalled = session.send(SENDER, "a@example.org", mime("a@example.org", "x"));

        assertEquals(OutcomeKind.TEMPORARY, stalled.kind());
        assertTrue(stalled.reply().startsWith("timeout"), stalled.reply());
        assertTrue(stalled.uncertain(), "a timeout after the end of the data is uncertain on a fresh connection too");
        assertTrue(stalled.latency().compareTo(Duration.ofMillis(300)) >= 0);
        assertFalse(session.isConnected());
    }

    @Test
    void invalidInputIsPermanentWithoutTouchingTheServer() {
        SendOutcome badAddress = session.send(SENDER, "not an address", mime("x", "x"));
        assertEquals(OutcomeKind.PERMANENT, badAddress.kind());
        assertTrue(badAddress.reply().startsWith("invalid address"), badAddress.reply());
        assertEquals(0, server.connections());
        assertNull(session.server());
    }
}
