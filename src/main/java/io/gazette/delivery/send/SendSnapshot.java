package io.gazette.delivery.send;

import io.gazette.render.model.IssueContent;
import io.gazette.render.theme.ThemeSource;

/**
 * What a send mails, fixed at its start: the issue's content and the files of the theme version it was rendered
 * with. Later edits of the issue or the theme change neither, and every instance renders the same message from it.
 */
public record SendSnapshot(IssueContent content, ThemeSource theme) {
}
