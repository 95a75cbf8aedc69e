package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites stored addresses to their canonical spelling (IDNA domains in ASCII), merging subscribers and suppressions
 * that turn out to be one mailbox. Java, not SQL: neither H2 nor PostgreSQL can convert a domain to IDNA.
 */
public class V12__canonical_email_domains extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new MailboxMerge(context.getConnection()).run();
    }
}
