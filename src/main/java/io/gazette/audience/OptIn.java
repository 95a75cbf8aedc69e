package io.gazette.audience;

/** How a sign-up through a form becomes a subscription. */
public enum OptIn {
    /** The sign-up is confirmed at once. */
    SINGLE,
    /** The sign-up waits for the person to follow the signed link mailed to them. */
    DOUBLE
}
