package io.gazette.audience.subscriber;

import io.gazette.audience.EmailAddresses;
import io.gazette.audience.Suppression;
import io.gazette.audience.SuppressionReason;
import io.gazette.audience.SubscriberDirectory;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The suppression list as admins manage it: addresses that are never mailed, whatever list they are on. */
@ApplicationScoped
@Transactional
public class SuppressionService {

    private final SubscriberDirectory directory;

    public SuppressionService(SubscriberDirectory directory) {
        this.directory = directory;
    }

    /** Suppressed addresses in address order, after {@code after} (exclusive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<SuppressionView> page(String after, int limit) {
        List<SuppressionView> rows = Suppression.<Suppression>find("email > ?1", Sort.by("email"), after == null ? "" : after)
                .page(0, limit + 1).list().stream().map(SuppressionView::of).toList();
        return KeysetPage.of(rows, limit, SuppressionView::email);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuppressionView get(String email) {
        return Suppression.<Suppression>findByIdOptional(normalise(email)).map(SuppressionView::of)
                .orElseThrow(() -> ProblemException.notFound("Suppression for", "this address"));
    }

    public SuppressionView add(SuppressionRequest request) {
        String email = normalise(request.email());
        directory.suppress(email, request.reason() == null ? SuppressionReason.MANUAL : request.reason());
        return get(email);
    }

    /** Lifts a suppression, e.g. when a person who left all lists asks an admin to be let back in. */
    public void remove(String email) {
        if (!Suppression.deleteById(normalise(email))) {
            throw ProblemException.notFound("Suppression for", "this address");
        }
    }

    private static String normalise(String email) {
        return EmailAddresses.normalise(email).orElseThrow(() -> ProblemException.invalid("email", "must be a valid email address"));
    }
}
