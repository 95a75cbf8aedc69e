package io.gazette.issue.web;

import io.gazette.issue.PasteImportResult;
import io.gazette.shared.web.FormErrors;

/**
 * The paste box: the text as pasted, kept when the import is refused (with the refusal's messages by item and line)
 * or held for review ({@code review}: the dry run's items and warnings, nothing saved yet).
 */
public record PastePanel(long issueId, String text, boolean replace, FormErrors errors, PasteImportResult review) {

    public PastePanel(long issueId, String text, boolean replace, FormErrors errors) {
        this(issueId, text, replace, errors, null);
    }
}
