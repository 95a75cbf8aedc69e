package io.gazette.mail;

/** How the SMTP connection is secured. */
public enum TlsMode {
    /** Plain text: only for a relay on the same host or a test server. */
    NONE,
    /** Starts plain and upgrades with STARTTLS; refuses to go on if the server cannot. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    IMPLICIT
}
