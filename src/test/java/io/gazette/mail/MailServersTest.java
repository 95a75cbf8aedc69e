package io.gazette.mail;

import io.gazette.delivery.smtp.SmtpSecurity;
import io.gazette.delivery.smtp.SmtpServer;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gazette.mail.*} as the pool's servers: the main one, then the named ones, which inherit what they leave out. */
class MailServersTest {

    @Test
    void withoutAHostThereIsNoServer() {
        assertThat(MailServers.from(config(Map.of()))).isEmpty();
    }

    @Test
    void extraServersTakeTheMainServersSettingsTheyDoNotName() {
        List<SmtpServer> servers = MailServers.from(config(Map.of(
                "gazette.mail.host", "smtp1.example.org",
                "gazette.mail.port", "465",
                "gazette.mail.tls", "IMPLICIT",
                "gazette.mail.username", "gazette",
                "gazette.mail.helo-name", "news.example.org",
                "gazette.mail.weight", "3",
                "gazette.mail.servers.backup.host", "smtp2.example.org",
                "gazette.mail.servers.backup.tls", "STARTTLS",
                "gazette.mail.servers.backup.port", "587")));

        assertThat(servers).hasSize(2);
        SmtpServer main = servers.get(0);
        assertThat(main.weight()).isEqualTo(3);
        assertThat(main.settings().address()).isEqualTo("smtp1.example.org:465");
        assertThat(main.settings().security()).isEqualTo(SmtpSecurity.IMPLICIT);
        assertThat(main.settings().readTimeout()).isEqualTo(Duration.ofSeconds(60));
        SmtpServer backup = servers.get(1);
        assertThat(backup.weight()).isEqualTo(1);
        assertThat(backup.settings().address()).isEqualTo("smtp2.example.org:587");
        assertThat(backup.settings().security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(backup.settings().username()).isEqualTo("gazette");
        assertThat(backup.settings().heloName()).isEqualTo("news.example.org");
    }

    private static MailConfig config(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MailConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(values, "test", 100)).build();
        return config.getConfigMapping(MailConfig.class);
    }
}
