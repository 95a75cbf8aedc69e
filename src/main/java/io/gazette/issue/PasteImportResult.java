package io.gazette.issue;

import io.gazette.issue.paste.PasteWarning;

import java.util.List;

/**
 * What a paste import changed: the intro and closing it set (null when the text had none), the items it created, and
 * the warnings about how it read the text. On a dry run nothing changed: the items are what it would create (no ids),
 * the version is the issue's as it stands.
 */
public record PasteImportResult(String title, String intro, String closing, List<ItemView> items, long issueVersion,
                                List<PasteWarning> warnings, boolean dryRun) {
}
