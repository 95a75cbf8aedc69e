package io.gazette.issue;

import io.gazette.audience.MailingList;
import io.gazette.shared.problem.ProblemException;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Checks the lists an editor addressed an issue to. */
public final class Audiences {

    private Audiences() {
    }

    /** The distinct ids, each of an existing list; otherwise a validation problem on {@code field}. */
    public static Set<Long> existing(String field, Collection<Long> ids) {
        Set<Long> distinct = new TreeSet<>(ids);
        if (distinct.isEmpty()) {
            return distinct;
        }
        long found = MailingList.count("id in ?1", distinct);
        if (found != distinct.size()) {
            Set<Long> missing = new TreeSet<>(distinct);
            MailingList.<MailingList>list("id in ?1", distinct).forEach(list -> missing.remove(list.id));
            throw ProblemException.invalid(field, "no such list: " + missing);
        }
        return distinct;
    }
}
