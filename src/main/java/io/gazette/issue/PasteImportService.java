package io.gazette.issue;

import io.gazette.issue.paste.DigestTextParser;
import io.gazette.issue.paste.PasteWarning;
import io.gazette.issue.paste.PastedDigest;
import io.gazette.issue.paste.PastedDigest.PastedItem;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a pasted digest into items of an issue. All items are validated before anything is saved, so a paste
 * with one bad item changes nothing and the error names the item and its line. How the text was read is reported as
 * warnings; a dry run answers the same (items, warnings, refusals) and saves nothing, so an editor can review first.
 */
@ApplicationScoped
@Transactional
public class PasteImportService {

    private final IssueService issues;
    private final ItemFactory itemFactory;
    private final Validator validator;

    public PasteImportService(IssueService issues, ItemFactory itemFactory, Validator validator) {
        this.issues = issues;
        this.itemFactory = itemFactory;
        this.validator = validator;
    }

    public PasteImportResult importText(long issueId, String text, boolean replace) {
        return importText(issueId, text, replace, false);
    }

    public PasteImportResult importText(long issueId, String text, boolean replace, boolean dryRun) {
        PastedDigest digest = DigestTextParser.parse(text == null ? "" : text);
        if (digest.items().isEmpty()) {
            throw ProblemException.invalid("body",
                    "no numbered items found; write each item as '1. Headline' on its own line, or '## 1. Headline'");
        }
        List<ItemRequest> requests = digest.items().stream().map(PasteImportService::toRequest).toList();
        requireValid(digest.items(), requests);
        if (dryRun) {
            return wouldCreate(issues.get(issueId), digest, requests, replace);
        }
        List<PasteWarning> warnings = new ArrayList<>(digest.warnings());

        Issue issue = issues.lockForChange(issueId);
        issue.requireEditable();
        if (replace) {
            issue.items.clear();
        }
        List<Item> created = new ArrayList<>();
        for (ItemRequest request : requests) {
            Item item = itemFactory.create(issue, request);
            issue.items.add(item);
            created.add(item);
        }
        ItemOrder.renumber(issue.items);
        if (digest.intro() != null) {
            issue.intro = digest.intro();
        }
        String closing = keptClosing(issue.closing, digest, replace, warnings);
        if (closing != null) {
            issue.closing = closing;
        }
        created.forEach(item -> item.persist());
        Item.flush();
        return new PasteImportResult(digest.title(), digest.intro(), closing,
                created.stream().map(ItemView::of).toList(), issue.version, List.copyOf(warnings), false);
    }

    /**
     * The items as the import would create them, built by the same factory and numbered where they would go, but
     * neither added to the issue nor persisted.
     */
    private PasteImportResult wouldCreate(Issue issue, PastedDigest digest, List<ItemRequest> requests, boolean replace) {
        issue.requireEditable();
        int before = replace ? 0 : issue.items.size();
        List<ItemView> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Item item = itemFactory.create(issue, requests.get(i));
            item.position = before + i + 1;
            items.add(ItemView.of(item));
        }
        List<PasteWarning> warnings = new ArrayList<>(digest.warnings());
        String closing = keptClosing(issue.closing, digest, replace, warnings);
        return new PasteImportResult(digest.title(), digest.intro(), closing, items, issue.version, List.copyOf(warnings), true);
    }

    /**
     * The pasted closing, or null where the issue keeps its own. An append ({@code replace=false}) adds items to an
     * issue being written; the closing is the editor's sign-off and the last thing they write, so a paste must not
     * overwrite it unseen: a differing pasted closing is left out and said so in a warning.
     */
    private static String keptClosing(String current, PastedDigest digest, boolean replace, List<PasteWarning> warnings) {
        String pasted = digest.closing();
        if (pasted == null || replace || current == null || current.isBlank() || current.strip().equals(pasted.strip())) {
            return pasted;
        }
        warnings.add(new PasteWarning(digest.closingLine(), "the issue already has a closing, which is kept; the pasted"
                + " closing was not applied (paste with replace to use it)"));
        return null;
    }

    private static ItemRequest toRequest(PastedItem item) {
        return new ItemRequest(item.headline(), item.body(), item.sourceUrl(), item.sourceName(), item.tag(), null, null, null);
    }

    private void requireValid(List<PastedItem> items, List<ItemRequest> requests) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            for (ConstraintViolation<ItemRequest> violation : validator.validate(requests.get(i))) {
                errors.add(new FieldError("items[" + i + "]." + violation.getPropertyPath(),
                        "item " + (i + 1) + " (line " + items.get(i).line() + "): " + violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid pasted digest",
                    errors.size() + " problem(s) in the pasted text; nothing was imported", errors);
        }
    }
}
