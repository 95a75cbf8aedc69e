package io.gazette.issue.web;

import io.gazette.issue.IssueView;
import io.gazette.issue.ItemView;
import io.gazette.shared.web.FormErrors;

/**
 * The numbered items with their tools, the item being edited (if any) and the add form; {@code deleted} is the item
 * just removed, offered back with "Undo".
 */
public record ItemsPanel(IssueView issue, boolean editable, Long editing, ItemForm editForm, FormErrors editErrors,
                         ItemForm addForm, FormErrors addErrors, ItemView deleted) {

    public int count() {
        return issue.items().size();
    }
}
