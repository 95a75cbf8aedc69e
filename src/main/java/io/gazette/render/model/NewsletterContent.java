package io.gazette.render.model;

import java.time.ZoneId;

/** The newsletter fields an email shows, detached from the database. */
public record NewsletterContent(String slug, String name, String tagline, String senderName, String senderAddress,
                                String replyTo, String postalAddress, ZoneId zone, String theme) {
}
