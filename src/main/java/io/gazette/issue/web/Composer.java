package io.gazette.issue.web;

import io.gazette.issue.IssueView;
import io.gazette.newsletter.NewsletterView;

/** The whole composer page. */
public record Composer(IssueView issue, NewsletterView newsletter, MetaPanel meta, ItemsPanel items, PastePanel paste) {
}
