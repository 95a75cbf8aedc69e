package io.gazette.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The outgoing mail server. Without a host, mail is written to {@link #outboxDir()} so a fresh checkout runs as is. */
@ConfigMapping(prefix = "gazette.mail")
public interface MailConfig {

    /** SMTP server host. Unset: every message is written as an {@code .eml} file into the outbox folder instead. */
    Optional<String> host();

    /** SMTP server port: 587 for submission with STARTTLS, 465 for implicit TLS, 25 for a plain relay. */
    @WithDefault("587")
    int port();

    /** How the SMTP connection is secured. */
    @WithDefault("STARTTLS")
    TlsMode tls();

    /** SMTP user name; authentication is used only when this is set. */
    Optional<String> username();

    /** SMTP password, from the environment ({@code GAZETTE_MAIL_PASSWORD}), never from a committed file. */
    Optional<String> password();

    /** Name announced in EHLO; unset: the local host name. */
    Optional<String> heloName();

    /** Longest wait for the SMTP server to accept a connection. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest wait for any single SMTP reply or write. */
    @WithDefault("60s")
    Duration readTimeout();

    /** Folder for {@code .eml} files when no SMTP host is configured; created on first use. */
    @WithDefault("outbox")
    Path outboxDir();

    /** Sender address of system mail (such as confirmation requests) that no newsletter sender applies to. */
    @WithDefault("no-reply@localhost")
    String fromAddress();

    /** Display name that goes with {@link #fromAddress()}. */
    @WithDefault("Gazette")
    String fromName();
}
