package io.gazette.render;

/** One recipient's HTML and plain-text bodies. */
public record PersonalisedContent(String html, String text) {
}
