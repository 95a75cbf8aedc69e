package io.gazette.issue.web;

import io.gazette.issue.IssueView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A digest of an issue's own fields as an editor loaded them. The issue's version also moves when anyone changes an
 * item, so a stale version alone does not mean the fields changed: only when the stored fields no longer match the
 * fingerprint the form started from did someone else's save touch what this editor is editing.
 */
final class MetaFingerprint {

    private MetaFingerprint() {
    }

    static String of(IssueView issue) {
        String joined = String.join("\u0000", Stream.of(issue.title(), issue.subject(), issue.preheader(), issue.intro(),
                issue.closing(), issue.ctaLabel(), issue.ctaUrl()).map(value -> Objects.toString(value, "")).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
