package io.gazette.delivery.bounce;

/** Who reported a bounce. */
public enum BounceSource {
    /** The generic webhook ({@code POST /webhooks/bounces}). */
    GENERIC,
    /** Postmark's bounce and spam-complaint webhook. */
    POSTMARK,
    /** Amazon SES notifications delivered by SNS. */
    SES,
    /** Our own SMTP server's reply while sending (a 5.1.1 user unknown). */
    SMTP
}
