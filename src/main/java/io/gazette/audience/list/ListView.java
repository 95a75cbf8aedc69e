package io.gazette.audience.list;

import io.gazette.audience.ListVisibility;
import io.gazette.audience.MailingList;
import io.gazette.audience.OptIn;

import java.time.Instant;
import java.util.List;

/** A list as the API shows it; {@code subscribeUrl} is set for public lists only. */
public record ListView(Long id, String slug, String name, String description, ListVisibility visibility, OptIn optIn,
                       List<Long> newsletterIds, String subscribeUrl, MemberCounts members, Instant createdAt,
                       Instant updatedAt, long version) {

    static ListView of(MailingList list, MemberCounts members, String subscribeUrl) {
        return new ListView(list.id, list.slug, list.name, list.description, list.visibility, list.optIn,
                list.newsletterIds.stream().sorted().toList(), list.isPublic() ? subscribeUrl : null, members,
                list.createdAt, list.updatedAt, list.version);
    }
}
