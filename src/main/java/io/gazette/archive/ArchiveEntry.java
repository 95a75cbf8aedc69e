package io.gazette.archive;

/**
 * One sent issue in the archive index and the feed. {@code date} is written out in the newsletter's time zone,
 * {@code published} is RFC 3339 for Atom; {@code html} is the article, for the feed's content.
 */
public record ArchiveEntry(int number, String title, String date, String published, String summary, String url,
                           String html) {
}
