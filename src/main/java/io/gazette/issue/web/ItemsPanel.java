package io.gazette.issue.web;

import io.gazette.issue.IssueView;
import io.gazette.issue.ItemView;
import io.gazette.shared.web.FormErrors;

/**
 * The numbered items with their tools, the item being edited (if any) and the add form; {@code deleted} is the item
 * just removed, offered back with "Undo"; {@code editConflict} says who saved the edited item first, when they did.
 */
public record ItemsPanel(IssueView issue, boolean editable, Long editing, ItemForm editForm, FormErrors editErrors,
                         ItemForm addForm, FormErrors addErrors, ItemView deleted, ItemConflict editConflict) {

    public int count() {
        return issue.items().size();
    }
}
