package io.gazette.issue.web;

import io.gazette.issue.IssueRequest;
import io.gazette.issue.IssueView;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

/** The composer's issue fields exactly as typed, kept when a save is refused; becomes the API's {@link IssueRequest}. */
public class IssueForm {

    @RestForm public String title;
    @RestForm public String subject;
    @RestForm public String preheader;
    @RestForm public String intro;
    @RestForm public String closing;
    @RestForm public String ctaLabel;
    @RestForm public String ctaUrl;
    @RestForm public Long version;

    public static IssueForm of(IssueView issue) {
        IssueForm form = new IssueForm();
        form.title = issue.title();
        form.subject = issue.subject();
        form.preheader = issue.preheader();
        form.intro = issue.intro();
        form.closing = issue.closing();
        form.ctaLabel = issue.ctaLabel();
        form.ctaUrl = issue.ctaUrl();
        form.version = issue.version();
        return form;
    }

    public IssueRequest toRequest() {
        return new IssueRequest(title, subject, preheader, intro, closing, ctaLabel, FormValues.orNull(ctaUrl), null, version);
    }
}
