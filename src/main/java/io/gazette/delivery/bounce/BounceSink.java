package io.gazette.delivery.bounce;

/** Where every bounce and complaint goes, from the webhooks and from sending alike. */
public interface BounceSink {

    /** Records the event and suppresses the address when the bounce rules say so. */
    void accept(BounceEvent event);
}
