package io.gazette.audience.subscriber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A subscriber's history, newest first, read from the consent records themselves (when, how and from which address
 * each subscription was given, confirmed and ended), so it can never disagree with what the API reports.
 */
public final class SubscriberTimeline {

    /** One moment in a subscriber's history. */
    public record Entry(Instant at, String what) {
    }

    private SubscriberTimeline() {
    }

    public static List<Entry> of(SubscriberView subscriber) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(subscriber.createdAt(), "Added" + (subscriber.source() == null ? "" : " (" + subscriber.source() + ")")));
        for (SubscriptionView s : subscriber.subscriptions()) {
            if (s.consentAt() != null) {
                entries.add(new Entry(s.consentAt(), "Joined " + s.listName() + by(s) + from(s.consentIp())));
            }
            if (s.confirmedAt() != null) {
                entries.add(new Entry(s.confirmedAt(), "Confirmed " + s.listName() + from(s.confirmedIp())));
            }
            if (s.unsubscribedAt() != null) {
                entries.add(new Entry(s.unsubscribedAt(), "Unsubscribed from " + s.listName()));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private static String by(SubscriptionView s) {
        if (s.consentMethod() == null) {
            return "";
        }
        return switch (s.consentMethod()) {
            case FORM -> " through a sign-up form";
            case IMPORT -> " by import";
            case API -> " through the API";
            case ADMIN -> " on an admin's word";
        };
    }

    private static String from(String ip) {
        return ip == null ? "" : " from " + ip;
    }
}
