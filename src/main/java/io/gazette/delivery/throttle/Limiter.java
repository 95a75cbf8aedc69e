package io.gazette.delivery.throttle;

import java.time.Duration;

/** A throughput limit that hands out sending slots. */
public interface Limiter {

    /**
     * Books the next slot for one message and says how long the caller must wait before sending it (zero: send now).
     * The booking is final, so callers must wait the time returned rather than ask again.
     */
    Duration reserve();

    /** How long until a slot would be free, booking nothing: lets a worker wait before it claims any rows. */
    Duration delay();
}
