package io.gazette.delivery.send.web;

import io.gazette.delivery.send.DeliveryView;
import io.gazette.delivery.send.SendView;
import io.gazette.issue.IssueView;
import io.gazette.shared.paging.KeysetPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The sending panel (a fragment of the composer, or a page of its own) and the send view with its live progress. */
@CheckedTemplate(basePath = "sending")
final class SendingTemplates {

    private SendingTemplates() {
    }

    static native TemplateInstance panelPage(SendPanel panel);

    static native TemplateInstance panelPage$panel(SendPanel panel);

    static native TemplateInstance send(SendView send, IssueView issue, KeysetPage<DeliveryView> failures, String after);

    static native TemplateInstance send$progress(SendView send, IssueView issue);
}
