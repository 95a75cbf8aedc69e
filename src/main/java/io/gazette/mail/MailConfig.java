package io.gazette.mail;

import io.gazette.delivery.smtp.SmtpSecurity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The outgoing mail servers, for newsletters and system mail alike. Without a host, mail is written to
 * {@link #outboxDir()} so a fresh checkout runs as is.
 */
@ConfigMapping(prefix = "gazette.mail")
public interface MailConfig {

    /** SMTP server host. Unset: every message is written as an {@code .eml} file into the outbox folder instead. */
    Optional<String> host();

    /** SMTP server port: 587 for submission with STARTTLS, 465 for implicit TLS, 25 for a plain relay. */
    @WithDefault("587")
    int port();

    /** How the SMTP connection is secured: {@code NONE}, {@code STARTTLS} (required, never falls back) or {@code IMPLICIT}. */
    @WithDefault("STARTTLS")
    SmtpSecurity tls();

    /** SMTP user name; authentication is used only when this is set. */
    Optional<String> username();

    /** SMTP password, from the environment ({@code GAZETTE_MAIL_PASSWORD}), never from a committed file. */
    Optional<String> password();

    /** Name announced in EHLO; unset: the local host name. */
    Optional<String> heloName();

    /** Longest wait for the SMTP server to accept a connection. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest wait for any single SMTP reply. */
    @WithDefault("60s")
    Duration readTimeout();

    /** Longest time any single write to the SMTP server may take. */
    @WithDefault("60s")
    Duration writeTimeout();

    /** Share of new connections that go to this server when {@link #servers()} names more; at least 1. */
    @WithDefault("1")
    int weight();

    /**
     * Hosts (space-separated) whose TLS certificate is accepted without validation: a self-signed relay on a private
     * network. Unset: certificates and host names are checked.
     */
    Optional<String> trustedHosts();

    /**
     * Further servers sending alongside the main one, by any name:
     * {@code gazette.mail.servers.backup.host=smtp2.example.org}, {@code ...backup.weight=1}. Each takes the keys of
     * the main server; the ones it leaves out are the main server's.
     */
    Map<String, Server> servers();

    /**
     * Whether the SMTP servers accept SMTPUTF8 (RFC 6531): addresses with characters outside ASCII before the
     * {@code @} ({@code jörg@example.de}). Default {@code false}: such addresses are refused where they enter (sign-up,
     * import, API), as a relay without SMTPUTF8 would reject every message to them. {@code true}: they are accepted,
     * and sent with SMTPUTF8 (addresses as UTF-8 on the wire); a server that does not offer SMTPUTF8 is not tried with
     * such a message, which fails permanently saying why. Unicode domains need no such support: they are stored and
     * sent in their ASCII ({@code xn--}) form either way.
     */
    @WithDefault("false")
    boolean smtputf8();

    /** Folder for {@code .eml} files when no SMTP host is configured; created on first use. */
    @WithDefault("outbox")
    Path outboxDir();

    /** Sender address of system mail (such as confirmation requests) that no newsletter sender applies to. */
    @WithDefault("no-reply@localhost")
    String fromAddress();

    /** Display name that goes with {@link #fromAddress()}. */
    @WithDefault("Gazette")
    String fromName();

    /** One more server of the pool; unset keys fall back to the main server's. */
    interface Server {

        /** Host of this server. */
        String host();

        Optional<Integer> port();

        Optional<SmtpSecurity> tls();

        Optional<String> username();

        Optional<String> password();

        /** Share of new connections relative to the other servers' weights. */
        @WithDefault("1")
        int weight();
    }
}
