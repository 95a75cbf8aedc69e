package io.gazette.security.account;

import io.gazette.security.Roles;
import io.gazette.security.SecurityConfig;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Creates the first admin on a start that finds no account, from {@code gazette.security.admin-email} and
 * {@code GAZETTE_SECURITY_ADMIN_PASSWORD}. Only the dev profile carries a default password, and only dev mode prints it.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final SecurityConfig config;
    private final UserService users;

    FirstAdmin(SecurityConfig config, UserService users) {
        this.config = config;
        this.users = users;
    }

    void onStart(@Observes StartupEvent startup) {
        ensure(config.adminEmail(), config.adminPassword(), LaunchMode.current());
    }

    /** Creates the admin when no account exists and both values are set; returns it, or empty when nothing was done. */
    @Transactional
    public Optional<UserView> ensure(Optional<String> email, Optional<String> password, LaunchMode mode) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("No account exists yet and gazette.security.admin-email / GAZETTE_SECURITY_ADMIN_PASSWORD are not"
                    + " both set: nobody can sign in until they are set and the service restarts");
            return Optional.empty();
        }
        UserView admin;
        try {
            admin = users.create(new NewUserRequest(email.get(), "Administrator", Roles.ADMIN, password.get()));
        } catch (ProblemException e) {
            throw new IllegalStateException("Cannot create the first admin from gazette.security.admin-email and"
                    + " gazette.security.admin-password: " + e.getMessage(), e);
        }
        if (mode == LaunchMode.DEVELOPMENT) {
            LOG.infof("Dev sign-in at /login: %s / %s", admin.email(), password.get());
        } else {
            LOG.infof("First admin %s created; sign in at /login", admin.email());
        }
        return Optional.of(admin);
    }
}
