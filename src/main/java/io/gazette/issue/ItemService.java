package io.gazette.issue;

import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.http.Preconditions;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Adds, edits, moves and removes an issue's items. Every change locks the issue row, so concurrent
 * structural edits queue up instead of producing duplicate or missing numbers.
 */
@ApplicationScoped
@Transactional
public class ItemService {

    private final IssueService issues;
    private final ItemFactory itemFactory;

    private final CurrentActor actor;

    public ItemService(IssueService issues, ItemFactory itemFactory, CurrentActor actor) {
        this.issues = issues;
        this.itemFactory = itemFactory;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemView> list(long issueId) {
        return views(issues.get(issueId).items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemView get(long issueId, long itemId) {
        return ItemView.of(find(issues.get(issueId), itemId));
    }

    public ItemView add(long issueId, ItemRequest request) {
        Issue issue = editable(issueId);
        Item item = itemFactory.create(issue, request);
        item.updatedBy = actor.name();
        ItemOrder.insert(issue.items, item, request.position());
        item.persistAndFlush();
        return ItemView.of(item);
    }

    public ItemView update(long issueId, long itemId, ItemRequest request, String ifMatch) {
        Issue issue = editable(issueId);
        Item item = find(issue, itemId);
        Preconditions.check(ifMatch, request.version(), item.version);
        itemFactory.apply(request, item);
        item.updatedBy = actor.name();
        item.flush();
        return ItemView.of(item);
    }

    public void remove(long issueId, long itemId) {
        Issue issue = editable(issueId);
        ItemOrder.remove(issue.items, find(issue, itemId));
    }

    public List<ItemView> move(long issueId, long itemId, int position) {
        Issue issue = editable(issueId);
        ItemOrder.move(issue.items, find(issue, itemId), position);
        return flushed(issue);
    }

    public List<ItemView> reorder(long issueId, List<Long> ids) {
        Issue issue = editable(issueId);
        ItemOrder.reorder(issue.items, ids);
        return flushed(issue);
    }

    private Issue editable(long issueId) {
        Issue issue = issues.lockForChange(issueId);
        issue.requireEditable();
        return issue;
    }

    private static List<ItemView> flushed(Issue issue) {
        issue.flush();
        return views(issue.items);
    }

    private static List<ItemView> views(List<Item> items) {
        return items.stream().map(ItemView::of).toList();
    }

    private static Item find(Issue issue, long itemId) {
        return issue.items.stream()
                .filter(item -> item.id == itemId)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Item", itemId + " of issue " + issue.id));
    }
}
