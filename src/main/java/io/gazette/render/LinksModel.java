package io.gazette.render;

/**
 * {@code links} in a theme: the subscriber's signed unsubscribe and preferences links, and the public web version of
 * this issue. The personal links are null on pages without a subscriber.
 */
public record LinksModel(String unsubscribe, String preferences, String webVersion) {
}
