package io.gazette.render;

import io.quarkus.qute.RawString;

/**
 * {@code item} in a theme (inside {@code {#for item in issue.items}}). {@code bodyHtml} is sanitised HTML with the
 * theme's inline styles, {@code bodyText} the same body as plain text. {@code source} is the source's name, or the
 * host of {@code sourceUrl} when the editor gave no name; null when the item links nowhere.
 */
public record ItemModel(int number, String headline, RawString bodyHtml, String bodyText, String sourceUrl,
                        String source, String tag, String imageUrl) {
}
