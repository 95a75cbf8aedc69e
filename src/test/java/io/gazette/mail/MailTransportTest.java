package io.gazette.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import io.gazette.delivery.smtp.SmtpPool;
import io.gazette.delivery.smtp.SmtpSettings;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTransportTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void smtpKeepsItsConnectionAndReconnectsWhenTheServerWentAway() throws Exception {
        GreenMail first = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        first.start();
        int port = first.getSmtp().getPort();
        try (SmtpTransport transport = new SmtpTransport(SmtpPool.of(SmtpSettings.of("127.0.0.1", port)))) {
            transport.send(message("one@example.org"));
            transport.send(message("two@example.org"));
            assertThat(first.getReceivedMessages()).hasSize(2);
            first.stop();

            GreenMail second = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            second.start();
            try {
                transport.send(message("three@example.org"));
                assertThat(second.getReceivedMessages())
                        .extracting(m -> ((InternetAddress) m.getAllRecipients()[0]).getAddress())
                        .containsExactly("three@example.org");
            } finally {
                second.stop();
            }
        }
    }

    @Test
    void anUnreachableServerIsAMailException() {
        try (SmtpTransport transport = new SmtpTransport(SmtpPool.of(SmtpSettings.of("127.0.0.1", 1)))) {
            assertThatThrownBy(() -> transport.send(message("nobody@example.org")))
                    .isInstanceOf(MailException.class).hasMessageContaining("127.0.0.1:1");
        }
    }

    @Test
    void withoutAHostMailGoesToTheOutboxFolder(@TempDir Path folder) throws Exception {
        Path outbox = folder.resolve("outbox");
        new OutboxTransport(outbox, Clock.fixed(NOW, ZoneOffset.UTC)).send(message("reader@example.org"));
        List<Path> files;
        try (var listing = Files.list(outbox)) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).startsWith(NOW.toEpochMilli() + "-").endsWith(".eml");
            assertThat(Files.readString(file)).contains("To: =?UTF-8?Q?Z=C3=B6e_Reader?= <reader@example.org>")
                    .contains("Subject: =?UTF-8?").contains("multipart/alternative")
                    .containsPattern("Message-ID: <[0-9a-f-]+@example\\.org>");
        });
    }

    @Test
    void withoutAHostNewsletterMailGoesToTheOutboxAndCountsAsSent(@TempDir Path folder) throws Exception {
        Path outbox = folder.resolve("outbox");
        OutboxChannel channel = new OutboxChannel(new OutboxTransport(outbox, Clock.fixed(NOW, ZoneOffset.UTC)));
        SendOutcome outcome;
        try (ChannelSession session = channel.openSession()) {
            outcome = session.send("reader@example.org", message("reader@example.org"));
        }
        List<Path> files;
        try (var listing = Files.list(outbox)) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file ->
                assertThat(outcome.reply()).isEqualTo("250 written to " + file.getFileName()));
        assertThat(outcome.kind()).isEqualTo(OutcomeKind.SENT);
    }

    private static MimeMessage message(String to) {
        return MailMessages.alternative(MailMessages.address("news@example.org", "Gazette"),
                MailMessages.address(to, "Zöe Reader"), "Grüße from the harbour", "Hello", "<p>Hello</p>", NOW);
    }
}
