package io.gazette.render.theme;

import io.quarkus.qute.Template;

/** A loaded theme: its two compiled templates, the styles for rich text, and the files it was compiled from. Immutable. */
public record Theme(String name, Template html, Template text, ContentStyles styles, ThemeSource source) {
}
