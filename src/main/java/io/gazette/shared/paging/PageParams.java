package io.gazette.shared.paging;

import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks the {@code page} and {@code size} query parameters of a list request. */
@ApplicationScoped
public class PageParams {

    private final PagingConfig config;

    public PageParams(PagingConfig config) {
        this.config = config;
    }

    public PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? config.defaultSize() : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "must be 0 or greater");
        }
        if (s < 1 || s > config.maxSize()) {
            throw ProblemException.invalid("size", "must be between 1 and " + config.maxSize());
        }
        return new PageRequest(p, s);
    }
}
