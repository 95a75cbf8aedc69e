-- Per-newsletter permissions: the newsletters an editor may work on (and, through list_newsletter, the lists and
-- subscribers an editor may see). Admins are not listed here: they reach every newsletter.
CREATE TABLE newsletter_editor (
    user_id       BIGINT       NOT NULL,
    newsletter_id BIGINT       NOT NULL,
    granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by    VARCHAR(320) NOT NULL,
    CONSTRAINT pk_newsletter_editor PRIMARY KEY (user_id, newsletter_id),
    CONSTRAINT fk_newsletter_editor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_newsletter_editor_newsletter FOREIGN KEY (newsletter_id) REFERENCES newsletter (id) ON DELETE CASCADE
);

CREATE INDEX ix_newsletter_editor_newsletter ON newsletter_editor (newsletter_id);

-- Before this migration every editor worked on every newsletter; an upgrade keeps it so, and admins narrow it down.
INSERT INTO newsletter_editor (user_id, newsletter_id, granted_at, granted_by)
SELECT u.id, n.id, CURRENT_TIMESTAMP, 'migration V13'
FROM app_user u CROSS JOIN newsletter n
WHERE u.role = 'editor';
