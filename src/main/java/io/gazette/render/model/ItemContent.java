package io.gazette.render.model;

/** One item as written by the editor; {@code body} is Markdown. */
public record ItemContent(int number, String headline, String body, String sourceUrl, String sourceName, String tag,
                          String imageUrl) {
}
