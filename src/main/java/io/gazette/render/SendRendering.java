package io.gazette.render;

import io.gazette.render.model.IssueContent;
import io.gazette.render.theme.Theme;

/** An issue rendered for a send, with what it was rendered from: a send snapshots {@code content} and the theme's files. */
public record SendRendering(IssueContent content, Theme theme, RenderedIssue rendered) {
}
