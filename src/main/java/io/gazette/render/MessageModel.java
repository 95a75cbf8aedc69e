package io.gazette.render;

/** Everything a theme template can reach: {@code newsletter}, {@code issue}, {@code recipient} and {@code links}. */
public record MessageModel(NewsletterModel newsletter, IssueModel issue, ReaderModel recipient, LinksModel links) {
}
