package io.gazette.newsletter;

import java.util.List;
import java.util.Set;

/** The newsletters granted to one account, in id order. */
public record EditorGrantView(long userId, List<Long> newsletterIds) {

    static EditorGrantView of(long userId, Set<Long> newsletterIds) {
        return new EditorGrantView(userId, newsletterIds.stream().sorted().toList());
    }
}
