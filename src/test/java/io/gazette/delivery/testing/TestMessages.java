package io.gazette.delivery.testing;

import io.gazette.delivery.smtp.SmtpSettings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Small MIME messages and settings for SMTP tests. */
public final class TestMessages {

    public static final String SENDER = "bounces@gazette.test";

    private TestMessages() {
    }

    /** A complete message whose body has a line starting with a dot (to prove dot-stuffing round-trips). */
    public static byte[] mime(String to, String subject) {
        String text = "From: Gazette <news@gazette.test>\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: <" + Math.abs(subject.hashCode()) + "." + to + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Hello " + to + ",\r\n"
                + ".a line that starts with a dot\r\n"
                + "Olá, ça va — ünïcödé.\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Settings for a loopback test server with short timeouts so failing tests fail fast. */
    public static SmtpSettings loopback(int port) {
        return SmtpSettings.of("127.0.0.1", port).withHeloName("gazette.test")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3));
    }
}
