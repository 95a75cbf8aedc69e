package io.gazette.render;

/** {@code newsletter} in a theme. {@code archiveUrl} is the public list of past issues. */
public record NewsletterModel(String name, String tagline, String slug, String senderName, String senderAddress,
                              String replyTo, String postalAddress, String archiveUrl) {
}
