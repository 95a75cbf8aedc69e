package io.gazette.shared.paging;

/** A zero-based page number and a page size, already checked against {@link PagingConfig}. */
public record PageRequest(int page, int size) {

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
