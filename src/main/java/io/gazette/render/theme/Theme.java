package io.gazette.render.theme;

import io.quarkus.qute.Template;

/** A loaded theme: its two compiled templates and the styles for rich text. Immutable and safe to share. */
public record Theme(String name, Template html, Template text, ContentStyles styles) {
}
