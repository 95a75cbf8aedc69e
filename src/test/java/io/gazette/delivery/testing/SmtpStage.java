package io.gazette.delivery.testing;

/** The points of an SMTP conversation where a {@link MisbehavingSmtpServer} rule can step in. */
public enum SmtpStage {
    /** The 220 greeting after the client connects. */
    GREETING,
    /** The reply to EHLO or HELO. */
    EHLO,
    /** The reply to MAIL FROM. */
    MAIL,
    /** The reply to RCPT TO; rules can be limited to one recipient. */
    RCPT,
    /** The reply to the DATA command (normally 354). */
    DATA,
    /** While the message content arrives: a drop here cuts the connection after the first line of content. */
    BODY,
    /** The final reply after the terminating dot (normally 250). */
    END_OF_DATA
}
