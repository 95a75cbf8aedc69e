package io.gazette.issue.web;

import io.gazette.issue.IssueView;
import io.gazette.shared.web.FormErrors;

import java.util.List;

/**
 * The issue's own fields in the composer. {@code theirs} is set when someone else saved the issue's fields after this
 * editor loaded them: the form keeps the editor's text and the page shows who ({@code theirName}) saved and what
 * their save changed.
 */
public record MetaPanel(long issueId, boolean editable, IssueForm form, String base, FormErrors errors, IssueView theirs,
                        String theirName, String savedAt, List<FieldChange> changes) {

    public boolean conflict() {
        return theirs != null;
    }
}
