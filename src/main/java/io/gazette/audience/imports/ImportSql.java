package io.gazette.audience.imports;

/**
 * The set-based statements of an import, portable between H2 and PostgreSQL. Each works on one chunk of staged
 * rows, {@code import_row WHERE job_id = ? AND line_no BETWEEN ? AND ?}, and uses indexes only.
 *
 * <p>Lookups into the big tables (subscriber, the job's staged rows) are correlated subqueries rather than joins: each
 * is then one index probe per staged row whatever the planner estimates, where a join may be planned as a hash join
 * that reads a million-row table for every chunk.
 */
final class ImportSql {

    static final String CANCEL_REQUESTED = "SELECT cancel_requested FROM import_job WHERE id = ?";

    static final String INSERT_ERROR =
            "INSERT INTO import_error (job_id, line_no, outcome, reason, detail, raw_line) VALUES (?, ?, ?, ?, ?, ?)";

    static final String STAGE_COLUMNS = "INSERT INTO import_row (job_id, line_no, email, name, attributes) VALUES ";

    static final String STAGE_ROW = "(?, ?, ?, ?, ?)";

    private static final String CHUNK = " r.job_id = ? AND r.line_no BETWEEN ? AND ?";

    /** Keeps PostgreSQL from inlining a derived table and so running its lookup twice (select list and filter). */
    private static final String FENCE = " OFFSET 0";

    /** A later line with an address an earlier line (of this or an earlier chunk) already staged. */
    static final String REPORT_DUPLICATES = "INSERT INTO import_error (job_id, line_no, outcome, reason, detail)"
            + " SELECT x.job_id, x.line_no, 'SKIPPED', 'DUPLICATE', 'duplicate of line ' || CAST(x.first_line AS VARCHAR(20))"
            + " FROM (SELECT r.job_id, r.line_no, (SELECT MIN(d.line_no) FROM import_row d"
            + "         WHERE d.job_id = r.job_id AND d.email = r.email AND d.line_no < r.line_no) AS first_line"
            + "       FROM import_row r WHERE" + CHUNK + FENCE + ") x"
            + " WHERE x.first_line IS NOT NULL";

    /** Addresses that may not be subscribed: suppressed, or a blocklisted subscriber. Runs after duplicates are dropped. */
    static final String REPORT_BLOCKED = "INSERT INTO import_error (job_id, line_no, outcome, reason, detail)"
            + " SELECT r.job_id, r.line_no, 'SKIPPED',"
            + " CASE WHEN EXISTS (SELECT 1 FROM suppression x WHERE x.email = r.email) THEN 'SUPPRESSED' ELSE 'BLOCKLISTED' END, NULL"
            + " FROM import_row r"
            + " WHERE" + CHUNK
            + " AND (EXISTS (SELECT 1 FROM suppression x WHERE x.email = r.email)"
            + "   OR EXISTS (SELECT 1 FROM subscriber s WHERE s.email = r.email AND s.status = 'BLOCKLISTED'))";

    /** Drops the staged rows just reported as skipped, so only the rows to apply remain. */
    static final String DROP_SKIPPED = "DELETE FROM import_row WHERE job_id = ? AND line_no IN"
            + " (SELECT e.line_no FROM import_error e WHERE e.job_id = ? AND e.line_no BETWEEN ? AND ?)";

    /** Existing subscribers: {@code %s} is the SET list (overwrite name and attributes, and/or blocklist). */
    static final String UPDATE_EXISTING = "MERGE INTO subscriber s"
            + " USING (SELECT r.email, r.name, r.attributes FROM import_row r WHERE" + CHUNK + ") src"
            + " ON (s.email = src.email)"
            + " WHEN MATCHED THEN UPDATE SET %s, updated_at = ?";

    static final String SET_OVERWRITE = "name = COALESCE(src.name, s.name), attributes = COALESCE(src.attributes, s.attributes)";

    static final String SET_BLOCKLISTED = "status = 'BLOCKLISTED'";

    /** New subscribers; ON CONFLICT covers an address another transaction added meanwhile. */
    static final String INSERT_NEW = "INSERT INTO subscriber (email, name, attributes, status, source, created_at, updated_at)"
            + " SELECT r.email, r.name, r.attributes, ?, ?, ?, ? FROM import_row r WHERE" + CHUNK
            + " ON CONFLICT DO NOTHING";

    /** New subscriptions; existing ones (pending, confirmed or unsubscribed) are left exactly as they are. */
    static final String INSERT_SUBSCRIPTIONS = "INSERT INTO subscription"
            + " (subscriber_id, list_id, status, consent_at, consent_ip, consent_method, confirmed_at, confirmed_ip, unsubscribed_at)"
            + " SELECT x.subscriber_id, ?, ?, ?, NULL, 'IMPORT', ?, NULL, NULL"
            + " FROM (SELECT (SELECT s.id FROM subscriber s WHERE s.email = r.email AND s.status = 'ACTIVE') AS subscriber_id"
            + "       FROM import_row r WHERE" + CHUNK + FENCE + ") x"
            + " WHERE x.subscriber_id IS NOT NULL"
            + " ON CONFLICT DO NOTHING";

    static final String PROGRESS = "UPDATE import_job SET rows_read = rows_read + ?, rows_imported = rows_imported + ?,"
            + " rows_created = rows_created + ?,"
            + " rows_skipped = rows_skipped + ?, rows_failed = rows_failed + ?, bytes_read = ?, heartbeat_at = ? WHERE id = ?";

    private ImportSql() {
    }
}
