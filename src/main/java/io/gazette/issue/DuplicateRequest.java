package io.gazette.issue;

/** Whether the next draft copies the items too (default: no, a new week has new news), or only the issue's structure (intro, closing, call to action). */
public record DuplicateRequest(Boolean includeItems) {

    boolean copyItems() {
        return Boolean.TRUE.equals(includeItems);
    }
}
