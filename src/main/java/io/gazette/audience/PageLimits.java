package io.gazette.audience;

import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks the {@code limit} of keyset-paged requests. */
@ApplicationScoped
public class PageLimits {

    private final AudienceConfig config;

    public PageLimits(AudienceConfig config) {
        this.config = config;
    }

    public int check(Integer limit) {
        int value = limit == null ? config.searchDefaultLimit() : limit;
        if (value < 1 || value > config.searchMaxLimit()) {
            throw ProblemException.invalid("limit", "must be between 1 and " + config.searchMaxLimit());
        }
        return value;
    }
}
