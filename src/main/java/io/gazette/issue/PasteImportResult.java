package io.gazette.issue;

import java.util.List;

/** What a paste import changed: the intro and closing it set (null when the text had none) and the items it created. */
public record PasteImportResult(String title, String intro, String closing, List<ItemView> items, long issueVersion) {
}
