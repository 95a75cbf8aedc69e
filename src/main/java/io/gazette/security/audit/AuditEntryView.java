package io.gazette.security.audit;

import java.time.Instant;

public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String target, String details) {

    static AuditEntryView of(AuditEvent event) {
        return new AuditEntryView(event.id, event.occurredAt, event.actor, event.action, event.target, event.details);
    }
}
