package io.gazette.security.audit.web;

import io.gazette.security.audit.AuditEntryView;
import io.gazette.shared.paging.Page;
import io.gazette.shared.web.FormErrors;

import java.util.List;

/** What the audit page shows: the filter as typed, its choices, and the page of entries (null when refused). */
public record AuditLogPage(AuditFilterForm filter, List<ActionChoice> actions, Page<AuditEntryView> entries, FormErrors errors) {

    public boolean hasNewer() {
        return entries != null && entries.page() > 0;
    }

    public boolean hasOlder() {
        return entries != null && entries.page() + 1 < entries.totalPages();
    }

    public String newerLink() {
        return filter.pageLink(entries.page() - 1);
    }

    public String olderLink() {
        return filter.pageLink(entries.page() + 1);
    }
}
