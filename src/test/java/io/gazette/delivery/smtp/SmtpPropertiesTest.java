package io.gazette.delivery.smtp;

import org.junit.jupiter.api.Test;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.net.Socket;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The session properties every SMTP connection is opened with. */
class SmtpPropertiesTest {

    @Test
    void plainAndStartTlsConnectionsTurnNaglesAlgorithmOff() throws Exception {
        for (SmtpSecurity security : new SmtpSecurity[]{SmtpSecurity.NONE, SmtpSecurity.STARTTLS}) {
            Properties props = SmtpProperties.of(SmtpSettings.of("127.0.0.1", 25).withSecurity(security));
            try (Socket socket = ((SocketFactory) props.get("mail.smtp.socketFactory")).createSocket()) {
                assertThat(socket.getTcpNoDelay()).as(security.name()).isTrue();
            }
        }
    }

    @Test
    void implicitTlsConnectionsTurnItOffToo() throws Exception {
        Properties props = SmtpProperties.of(SmtpSettings.of("127.0.0.1", 465).withSecurity(SmtpSecurity.IMPLICIT));
        assertThat(props.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
        try (Socket socket = ((SSLSocketFactory) props.get("mail.smtp.ssl.socketFactory")).createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }
}
