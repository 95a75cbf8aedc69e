package io.gazette.audience.signup;

import java.util.List;

/** A subscriber's preferences page: the lists they may choose from and where they stand on each. */
public record Preferences(String maskedEmail, boolean suppressed, List<Choice> lists) {

    /** One list on the page. {@code pending}: signed up but not yet confirmed. */
    public record Choice(long id, String name, String description, boolean subscribed, boolean pending) {
    }

    /** Shows enough of the address to recognise it, not enough to read it off a forwarded link: {@code j***@example.org}. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
