-- The audit log page and GET /api/audit filter by day (from / to): without this index a date filter reads the
-- whole log, which only grows.
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
