package io.gazette.shared.access;

import java.util.Collection;
import java.util.Set;

/**
 * The records of one kind (newsletters, lists) that the person acting now may reach: every one (admins, the system
 * itself, public pages whose routes decide what they show), or a set, which may be empty (an editor without grants).
 */
public record Scope(Set<Long> granted) {

    private static final Scope EVERY = new Scope(null);

    public Scope {
        granted = granted == null ? null : Set.copyOf(granted);
    }

    public static Scope every() {
        return EVERY;
    }

    public static Scope only(Collection<Long> ids) {
        return new Scope(Set.copyOf(ids));
    }

    public boolean isEvery() {
        return granted == null;
    }

    /** Whether nothing at all is in reach, so a query can be skipped. */
    public boolean isNothing() {
        return granted != null && granted.isEmpty();
    }

    public boolean includes(long id) {
        return granted == null || granted.contains(id);
    }

    /** Whether any of {@code ids} is in reach: how a list, which may feed several newsletters, is judged. */
    public boolean includesAny(Collection<Long> ids) {
        return granted == null || ids.stream().anyMatch(granted::contains);
    }
}
