package io.gazette.issue.web;

import io.gazette.issue.IssueRequest;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueView;
import io.gazette.issue.ItemService;
import io.gazette.issue.ItemView;
import io.gazette.issue.PasteImportResult;
import io.gazette.issue.PasteImportService;
import io.gazette.issue.paste.PasteWarning;
import io.gazette.linkpreview.LinkPreview;
import io.gazette.linkpreview.LinkPreviewService;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.gazette.security.account.UserService;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.time.LocalTimes;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValues;
import io.gazette.shared.web.FormValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the composer's panels show after each action. The changes themselves are the issue, item and paste services'
 * (the ones the JSON API calls); this class only validates the typed form with the API's rules and builds the panels,
 * including the stale-edit view when another editor saved first.
 * <p>
 * An item change and the list it answers with share one transaction, so the list is read from the session that made
 * the change and shows it. Saving the issue's fields does not: a stale save is refused inside the issue service's own
 * transaction, and the conflict is then read afresh.
 */
@ApplicationScoped
public class ComposerService {

    private final IssueService issues;
    private final ItemService items;
    private final PasteImportService paste;
    private final NewsletterService newsletters;
    private final FormValidation validation;
    private final UserService users;
    private final LinkPreviewService links;
    private final Clock clock;

    public ComposerService(IssueService issues, ItemService items, PasteImportService paste, NewsletterService newsletters,
                           FormValidation validation, UserService users, LinkPreviewService links, Clock clock) {
        this.links = links;
        this.users = users;
        this.issues = issues;
        this.items = items;
        this.paste = paste;
        this.newsletters = newsletters;
        this.validation = validation;
        this.clock = clock;
    }

    public Composer page(long issueId, Long editing) {
        IssueView issue = issues.view(issueId);
        NewsletterView newsletter = newsletters.view(issue.newsletterId());
        return new Composer(issue, newsletter, meta(issue), itemsPanel(issue, editing), new PastePanel(issueId, "", false, FormErrors.NONE));
    }

    // ---- the issue's own fields

    /**
     * Saves the issue's fields. A stale version whose fields nobody else changed (only items moved on) is saved over;
     * otherwise the answer is the conflict, keeping the editor's text.
     */
    public MetaPanel saveMeta(long issueId, IssueForm form, String base) {
        IssueRequest request = validation.check(form.toRequest());
        IssueView current = issues.view(issueId);
        if (form.version != null && form.version != current.version()) {
            if (!MetaFingerprint.of(current).equals(base)) {
                return conflict(current, form);
            }
            form.version = current.version();
            request = form.toRequest();
        }
        try {
            return saved(issues.update(issueId, request, null));
        } catch (ProblemException refused) {
            if ("stale-write".equals(refused.kind())) {
                return conflict(issues.view(issueId), form);
            }
            throw refused;
        }
    }

    public MetaPanel metaRefused(long issueId, IssueForm form, String base, ProblemException refused) {
        return new MetaPanel(issueId, true, form, base, FormErrors.of(refused), null, null, null, List.of());
    }

    private MetaPanel meta(IssueView issue) {
        return new MetaPanel(issue.id(), issue.status().isEditable(), IssueForm.of(issue), MetaFingerprint.of(issue),
                FormErrors.NONE, null, null, null, List.of());
    }

    private MetaPanel saved(IssueView issue) {
        String at = LocalTimes.readable(clock.instant(), zoneOf(issue));
        return new MetaPanel(issue.id(), true, IssueForm.of(issue), MetaFingerprint.of(issue), FormErrors.NONE, null, null, at, List.of());
    }

    /** The editor's text stays in the form, which now carries the stored version: saving again keeps theirs out. */
    private MetaPanel conflict(IssueView theirs, IssueForm mine) {
        List<FieldChange> changes = new FieldChanges()
                .compare("Title", theirs.title(), mine.title)
                .compare("Subject", theirs.subject(), mine.subject)
                .compare("Preheader", theirs.preheader(), mine.preheader)
                .compare("Intro", theirs.intro(), mine.intro)
                .compare("Wrapping up", theirs.closing(), mine.closing)
                .compare("Call-to-action label", theirs.ctaLabel(), mine.ctaLabel)
                .compare("Call-to-action link", theirs.ctaUrl(), mine.ctaUrl)
                .list();
        mine.version = theirs.version();
        return new MetaPanel(theirs.id(), true, mine, MetaFingerprint.of(theirs), FormErrors.NONE, theirs,
                whoSaved(theirs.updatedBy()), null, changes);
    }

    /** "Otto Other (otto@example.org)", from the account that saved; rows from before anyone was recorded say less. */
    private String whoSaved(String principal) {
        return principal == null ? "Another editor"
                : users.findActive(principal).map(user -> user.displayName() + " (" + user.email() + ")").orElse(principal);
    }

    // ---- items

    public ItemsPanel itemsPanel(long issueId, Long editing) {
        return itemsPanel(issues.view(issueId), editing);
    }

    @Transactional
    public ItemsPanel addItem(long issueId, ItemForm form) {
        items.add(issueId, validation.check(form.toRequest()));
        return itemsPanel(issueId, null);
    }

    /**
     * Fills the add form from the page its source link points to: headline and summary from the page's OpenGraph or
     * title and description tags, keeping whatever the editor already typed; the editor reviews it and adds.
     */
    public ItemsPanel prefill(long issueId, ItemForm form) {
        LinkPreview page;
        try {
            page = links.fetch(form.sourceUrl);
        } catch (ProblemException refused) {
            return addRefused(issueId, form, ProblemException.invalid("sourceUrl", refused.errors().isEmpty()
                    ? refused.getMessage() : refused.errors().get(0).message()));
        }
        form.sourceUrl = page.url();
        form.headline = FormValues.isBlank(form.headline) ? page.title() : form.headline;
        form.body = FormValues.isBlank(form.body) ? page.description() : form.body;
        form.sourceName = FormValues.isBlank(form.sourceName) ? page.siteName() : form.sourceName;
        IssueView issue = issues.view(issueId);
        return new ItemsPanel(issue, issue.status().isEditable(), null, null, FormErrors.NONE, form, FormErrors.NONE, null, null);
    }

    public ItemsPanel addRefused(long issueId, ItemForm form, ProblemException refused) {
        IssueView issue = issues.view(issueId);
        return new ItemsPanel(issue, issue.status().isEditable(), null, null, FormErrors.NONE, form, FormErrors.of(refused), null, null);
    }

    @Transactional
    public ItemsPanel updateItem(long issueId, long itemId, ItemForm form) {
        items.update(issueId, itemId, validation.check(form.toRequest()), null);
        return itemsPanel(issueId, null);
    }

    public ItemsPanel updateRefused(long issueId, long itemId, ItemForm form, ProblemException refused) {
        IssueView issue = issues.view(issueId);
        if (!"stale-write".equals(refused.kind())) {
            return new ItemsPanel(issue, true, itemId, form, FormErrors.of(refused), ItemForm.blank(), FormErrors.NONE, null, null);
        }
        return new ItemsPanel(issue, true, itemId, form, FormErrors.NONE, ItemForm.blank(), FormErrors.NONE, null,
                itemConflict(items.get(issueId, itemId), form));
    }

    /** The typed text stays in the form, which now carries the stored version: saving again puts it over theirs. */
    private ItemConflict itemConflict(ItemView theirs, ItemForm mine) {
        List<FieldChange> changes = new FieldChanges()
                .compare("Headline", theirs.headline(), mine.headline)
                .compare("Body", theirs.body(), mine.body)
                .compare("Source link", theirs.sourceUrl(), mine.sourceUrl)
                .compare("Source name", theirs.sourceName(), mine.sourceName)
                .compare("Tag or section", theirs.tag(), mine.tag)
                .list();
        mine.version = theirs.version();
        return new ItemConflict(whoSaved(theirs.updatedBy()), changes);
    }

    @Transactional
    public ItemsPanel removeItem(long issueId, long itemId) {
        ItemView removed = items.get(issueId, itemId);
        items.remove(issueId, itemId);
        IssueView issue = issues.view(issueId);
        return new ItemsPanel(issue, true, null, null, FormErrors.NONE, ItemForm.blank(), FormErrors.NONE, removed, null);
    }

    @Transactional
    public ItemsPanel moveItem(long issueId, long itemId, int position) {
        items.move(issueId, itemId, position);
        return itemsPanel(issueId, null);
    }

    @Transactional
    public ItemsPanel reorder(long issueId, List<Long> ids) {
        items.reorder(issueId, ids);
        return itemsPanel(issueId, null);
    }

    private ItemsPanel itemsPanel(IssueView issue, Long editing) {
        ItemForm editForm = editing == null ? null
                : issue.items().stream().filter(item -> item.id().equals(editing)).findFirst().map(ItemForm::of).orElse(null);
        return new ItemsPanel(issue, issue.status().isEditable(), editForm == null ? null : editing, editForm, FormErrors.NONE,
                ItemForm.blank(), FormErrors.NONE, null, null);
    }

    // ---- paste

    public PasteImportResult paste(long issueId, String text, boolean replace) {
        return paste.importText(issueId, text, replace);
    }

    /**
     * Checks the paste without saving and answers the review to show first, or null when the import may go ahead: the
     * editor did not ask to check, and every warning is one they were shown and accepted. "Import anyway" sends back
     * the warnings it showed, so a text changed since the review, with a warning not yet seen, is reviewed again.
     */
    public PastePanel pasteReview(long issueId, String text, boolean replace, boolean check, List<String> accepted) {
        PasteImportResult checked = paste.importText(issueId, text, replace, true);
        boolean seen = checked.warnings().stream().map(PasteWarning::text).allMatch(accepted::contains);
        return check || !seen ? new PastePanel(issueId, text, replace, FormErrors.NONE, checked) : null;
    }

    public PastePanel pasteRefused(long issueId, String text, boolean replace, ProblemException refused) {
        return new PastePanel(issueId, text, replace, FormErrors.of(refused));
    }

    private ZoneId zoneOf(IssueView issue) {
        return ZoneId.of(newsletters.view(issue.newsletterId()).timeZone());
    }
}
