package io.gazette.audience.signup;

import io.gazette.audience.MailingList;
import io.gazette.audience.OptIn;

/** What the public pages show of a list. */
public record ListInfo(long id, String slug, String name, String description, OptIn optIn) {

    static ListInfo of(MailingList list) {
        return new ListInfo(list.id, list.slug, list.name, list.description, list.optIn);
    }

    public boolean doubleOptIn() {
        return optIn == OptIn.DOUBLE;
    }
}
