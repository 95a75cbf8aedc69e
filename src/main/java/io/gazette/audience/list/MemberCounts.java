package io.gazette.audience.list;

/** How many subscriptions a list has in each state. */
public record MemberCounts(long unconfirmed, long confirmed, long unsubscribed) {

    public static final MemberCounts NONE = new MemberCounts(0, 0, 0);
}
