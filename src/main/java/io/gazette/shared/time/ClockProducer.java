package io.gazette.shared.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one source of "now". Code injects {@link Clock}; tests replace it with a controllable one. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
