package io.gazette.delivery.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers which addresses the bounce rules handed over for suppression (enabled by {@link BounceWebhookProfile}). */
@Alternative
@ApplicationScoped
public class RecordingSuppressor implements AddressSuppressor {

    public record Call(String email, BounceKind kind, String reason) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void suppress(String email, BounceKind kind, String reason) {
        calls.add(new Call(email, kind, reason));
    }

    public List<Call> callsFor(String email) {
        return calls.stream().filter(c -> c.email().equals(email)).toList();
    }
}
