package io.gazette.delivery.smtp;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one SMTP server. Phase-neutral: the application's mail configuration is mapped onto it.
 *
 * @param host           server host name or address
 * @param port           server port
 * @param security       none, STARTTLS or implicit TLS
 * @param username       login for SMTP AUTH, or null to send without authenticating
 * @param password       password for SMTP AUTH, or null
 * @param heloName       name announced in EHLO/HELO
 * @param connectTimeout limit for opening the TCP connection
 * @param readTimeout    limit for waiting on each server reply
 * @param writeTimeout   limit for each write to the server
 * @param trustedHosts   space-separated hosts whose TLS certificate is accepted without validation
 *                       (self-signed relays, tests), or null for normal certificate and host name checks
 * @param smtputf8       whether to use SMTPUTF8 (RFC 6531) where the server offers it: addresses as UTF-8 on the wire,
 *                       needed for those with characters outside ASCII before the {@code @}
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String username, String password, String heloName,
                           Duration connectTimeout, Duration readTimeout, Duration writeTimeout, String trustedHosts,
                           boolean smtputf8) {

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be 1-65535, was " + port);
        }
        Objects.requireNonNull(security, "security");
        if (heloName == null || heloName.isBlank()) {
            throw new IllegalArgumentException("HELO name is required");
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        requirePositive(writeTimeout, "write timeout");
    }

    /** Plain SMTP without authentication, HELO {@code localhost}, 10 s to connect and 30 s per read or write, no SMTPUTF8. */
    public static SmtpSettings of(String host, int port) {
        return new SmtpSettings(host, port, SmtpSecurity.NONE, null, null, "localhost",
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), null, false);
    }

    public SmtpSettings withSecurity(SmtpSecurity value) {
        return new SmtpSettings(host, port, value, username, password, heloName, connectTimeout, readTimeout, writeTimeout, trustedHosts, smtputf8);
    }

    public SmtpSettings withLogin(String user, String pass) {
        return new SmtpSettings(host, port, security, user, pass, heloName, connectTimeout, readTimeout, writeTimeout, trustedHosts, smtputf8);
    }

    public SmtpSettings withHeloName(String value) {
        return new SmtpSettings(host, port, security, username, password, value, connectTimeout, readTimeout, writeTimeout, trustedHosts, smtputf8);
    }

    public SmtpSettings withTimeouts(Duration connect, Duration read, Duration write) {
        return new SmtpSettings(host, port, security, username, password, heloName, connect, read, write, trustedHosts, smtputf8);
    }

    public SmtpSettings withTrustedHosts(String value) {
        return new SmtpSettings(host, port, security, username, password, heloName, connectTimeout, readTimeout, writeTimeout, value, smtputf8);
    }

    public SmtpSettings withSmtpUtf8(boolean value) {
        return new SmtpSettings(host, port, security, username, password, heloName, connectTimeout, readTimeout, writeTimeout, trustedHosts, value);
    }

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    /** {@code host:port}, as used in outcomes and logs. */
    public String address() {
        return host + ":" + port;
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "SmtpSettings[" + address() + ", " + security + (authenticates() ? ", user " + username : "") + "]";
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
