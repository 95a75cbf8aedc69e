package io.gazette.audience;

/** Who may find a list. */
public enum ListVisibility {
    /** Has a hosted subscribe form and shows on every subscriber's preferences page. */
    PUBLIC,
    /** Filled by admins and imports only; shown on the preferences page of its members. */
    PRIVATE
}
