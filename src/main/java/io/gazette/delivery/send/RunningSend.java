package io.gazette.delivery.send;

/** A send workers may take from, and which run of it (a resume starts a new one). */
public record RunningSend(long id, int run) {
}
