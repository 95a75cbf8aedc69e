package io.gazette.mail;

import io.gazette.delivery.smtp.SmtpServer;
import io.gazette.delivery.smtp.SmtpSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Turns {@code gazette.mail.*} into the servers of the SMTP pool: the main one first, then the named extra ones. */
public final class MailServers {

    private MailServers() {
    }

    /** The configured servers; empty when no host is set (mail goes to the outbox). */
    public static List<SmtpServer> from(MailConfig config) {
        if (config.host().isEmpty()) {
            return List.of();
        }
        SmtpSettings main = new SmtpSettings(config.host().get(), config.port(), config.tls(),
                config.username().orElse(null), config.password().orElse(null), heloName(config),
                config.connectTimeout(), config.readTimeout(), config.writeTimeout(), config.trustedHosts().orElse(null),
                config.smtputf8());
        List<SmtpServer> servers = new ArrayList<>();
        servers.add(new SmtpServer(main, config.weight()));
        new TreeMap<>(config.servers()).values().forEach(extra -> servers.add(new SmtpServer(new SmtpSettings(extra.host(),
                extra.port().orElse(main.port()), extra.tls().orElse(main.security()),
                extra.username().orElse(main.username()), extra.password().orElse(main.password()), main.heloName(),
                main.connectTimeout(), main.readTimeout(), main.writeTimeout(), main.trustedHosts(), main.smtputf8()),
                extra.weight())));
        return servers;
    }

    private static String heloName(MailConfig config) {
        return config.heloName().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getCanonicalHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        });
    }
}
