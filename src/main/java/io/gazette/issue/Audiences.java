package io.gazette.issue;

import io.gazette.audience.AudienceAccess;
import io.gazette.audience.MailingList;
import io.gazette.shared.access.Scope;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Checks the lists an editor addressed an issue to. */
@ApplicationScoped
public class Audiences {

    private final AudienceAccess access;

    public Audiences(AudienceAccess access) {
        this.access = access;
    }

    /**
     * The distinct ids, each of an existing list that the person acting may see; otherwise a validation problem on
     * {@code field} (a list out of reach is named as missing, as everywhere else it is answered as not existing).
     */
    public Set<Long> existing(String field, Collection<Long> ids) {
        Set<Long> distinct = new TreeSet<>(ids);
        if (distinct.isEmpty()) {
            return distinct;
        }
        Scope reach = access.lists();
        Set<Long> missing = new TreeSet<>(distinct);
        MailingList.<MailingList>list("id in ?1", distinct).stream()
                .filter(list -> reach.includes(list.id))
                .forEach(list -> missing.remove(list.id));
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(field, "no such list: " + missing);
        }
        return distinct;
    }
}
