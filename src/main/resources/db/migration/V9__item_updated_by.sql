-- Who last saved an item, so that an editor whose save of the same item comes second is told whose change they ran
-- into, as they are for the issue's own fields (V8). Rows from before stay NULL ("someone").
ALTER TABLE item ADD COLUMN updated_by VARCHAR(320);
