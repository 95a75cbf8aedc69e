-- Who last saved an issue's own fields (title, subject, intro, ...), so that an editor whose save comes second is told
-- whose change they ran into. Rows from before stay NULL ("someone").
ALTER TABLE issue ADD COLUMN updated_by VARCHAR(320);
