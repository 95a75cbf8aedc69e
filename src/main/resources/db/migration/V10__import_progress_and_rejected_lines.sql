-- How far into its upload a job has read, in bytes: with file_bytes, the share done that the progress bar shows.
ALTER TABLE import_job ADD COLUMN bytes_read BIGINT DEFAULT 0 NOT NULL;

-- Of the rows imported, those that created a subscriber; the others updated one already known.
ALTER TABLE import_job ADD COLUMN rows_created BIGINT DEFAULT 0 NOT NULL;

-- The text of a line that failed its checks (at most 1,000 characters), for the admin to see what to fix and for the
-- downloadable report. Only failed lines keep it: skipped lines (duplicates, suppressed or blocklisted addresses) were
-- well formed and their addresses must not be kept here. Cleared once gazette.audience.import.rejected-lines-kept-for
-- has passed since the job ended.
ALTER TABLE import_error ADD COLUMN raw_line VARCHAR(1000);
