package io.gazette.audience.list;

import io.gazette.audience.AudienceAccess;
import io.gazette.shared.access.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/** How each list the person asking may see grew day by day; see {@link AllListsGrowth} for how it is counted. */
@ApplicationScoped
public class ListGrowth {

    private final AllListsGrowth all;
    private final AudienceAccess access;

    public ListGrowth(AllListsGrowth all, AudienceAccess access) {
        this.all = all;
        this.access = access;
    }

    public GrowthReport lastDays(int days) {
        GrowthReport report = all.lastDays(days);
        Scope lists = access.lists();
        return lists.isEvery() ? report : new GrowthReport(report.days(),
                report.lists().stream().filter(series -> lists.includes(series.listId())).toList());
    }
}
