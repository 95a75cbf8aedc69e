-- Delivery correctness (issue 15). Portable SQL only: it must run unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Constant defaults, so PostgreSQL adds the columns without rewriting the tables.

-- Renewing, releasing and recording a claim look rows up by their claim token; without this every renewal of every
-- worker scanned the delivery table.
CREATE INDEX ix_delivery_claim_token ON delivery (claim_token);

-- Attempts whose connection failed after the whole message was handed over and before the server's reply arrived:
-- the server may have accepted the message, so a later attempt may make a second copy (see docs/delivery.md).
ALTER TABLE delivery ADD COLUMN uncertain_attempts INTEGER DEFAULT 0 NOT NULL;

-- A scheduled issue whose send could not start: how often the scheduler tried, and why the last try failed. After
-- gazette.delivery.start-attempts tries the issue becomes FAILED; scheduling it again clears both.
ALTER TABLE issue ADD COLUMN start_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE issue ADD COLUMN start_error VARCHAR(1000);
