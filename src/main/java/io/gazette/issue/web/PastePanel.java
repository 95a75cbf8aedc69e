package io.gazette.issue.web;

import io.gazette.shared.web.FormErrors;

/** The paste box: the text as pasted, kept when the import is refused, with the refusal's messages by item and line. */
public record PastePanel(long issueId, String text, boolean replace, FormErrors errors) {
}
