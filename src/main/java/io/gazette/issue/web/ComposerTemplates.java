package io.gazette.issue.web;

import io.gazette.issue.IssueSummary;
import io.gazette.newsletter.NewsletterView;
import io.gazette.shared.paging.Page;
import io.gazette.shared.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The composer page and its fragments, shared by the issue and item pages that answer with them. */
@CheckedTemplate(basePath = "composer")
final class ComposerTemplates {

    private ComposerTemplates() {
    }

    static native TemplateInstance composer(Composer composer);

    static native TemplateInstance composer$meta(MetaPanel meta);

    static native TemplateInstance composer$metaSaved(MetaPanel meta);

    static native TemplateInstance composer$items(ItemsPanel items);

    static native TemplateInstance composer$paste(PastePanel paste);

    static native TemplateInstance issues(NewsletterView newsletter, Page<IssueSummary> issues, String title, FormErrors errors);
}
