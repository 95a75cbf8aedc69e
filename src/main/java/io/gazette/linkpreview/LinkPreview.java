package io.gazette.linkpreview;

/** What a page says about itself: for an item, its headline, summary and source name. Any part may be null. */
public record LinkPreview(String url, String title, String description, String siteName) {
}
