package io.gazette.delivery.smtp;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {

    /** Plain text; for a relay on the same host or private network only. */
    NONE,

    /** Plain connection upgraded with STARTTLS before anything else is said; refused when the server does not offer it. */
    STARTTLS,

    /** TLS from the first byte (SMTPS, usually port 465). */
    IMPLICIT
}
