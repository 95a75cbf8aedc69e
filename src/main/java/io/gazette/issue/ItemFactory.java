package io.gazette.issue;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Builds items from requests and copies, trimming optional fields the same way everywhere. */
@ApplicationScoped
class ItemFactory {

    private final Clock clock;

    ItemFactory(Clock clock) {
        this.clock = clock;
    }

    Item create(Issue issue, ItemRequest request) {
        Item item = new Item();
        item.issue = issue;
        item.createdAt = clock.instant();
        apply(request, item);
        return item;
    }

    Item copy(Issue issue, Item source) {
        Item item = new Item();
        item.issue = issue;
        item.createdAt = clock.instant();
        item.updatedAt = item.createdAt;
        item.headline = source.headline;
        item.body = source.body;
        item.sourceUrl = source.sourceUrl;
        item.sourceName = source.sourceName;
        item.tag = source.tag;
        item.imageUrl = source.imageUrl;
        return item;
    }

    void apply(ItemRequest request, Item item) {
        Instant now = clock.instant();
        item.headline = request.headline().strip();
        item.body = request.body().strip();
        item.sourceUrl = IssueService.blankToNull(request.sourceUrl());
        item.sourceName = IssueService.blankToNull(request.sourceName());
        item.tag = IssueService.blankToNull(request.tag());
        item.imageUrl = IssueService.blankToNull(request.imageUrl());
        item.updatedAt = now;
    }
}
