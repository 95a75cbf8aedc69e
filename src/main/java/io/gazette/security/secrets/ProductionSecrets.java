package io.gazette.security.secrets;

import io.gazette.security.SecurityConfig;
import io.gazette.security.TokenConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses a production start (any launch that is neither dev mode nor a test) while a secret is missing, short, or a
 * throwaway value published in this repository. Secrets come only from configuration or the environment; the
 * repository's own values live under {@code %dev}/{@code %test} and all contain {@value #THROWAWAY_MARKER}.
 */
@ApplicationScoped
public class ProductionSecrets {

    /** Every throwaway secret in application.properties contains this, so none can slip into production. */
    static final String THROWAWAY_MARKER = "not-for-production";

    /** A configuration key holding a secret; {@code required} ones must be set, the others are checked when set. */
    public record Secret(String key, int minLength, boolean required) {
    }

    static final String TOKEN_SECRET = "gazette.security.token-secret";

    static final List<Secret> BUILT_IN = List.of(
            new Secret(TOKEN_SECRET, 32, true),
            new Secret("quarkus.http.auth.session.encryption-key", 32, true),
            new Secret("quarkus.datasource.password", 12, true),
            new Secret("gazette.security.admin-password", 12, false),
            new Secret("gazette.delivery.webhook-secret", 16, false));

    void check(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent startup, SecurityConfig config,
               TokenConfig signing) {
        Config values = ConfigProvider.getConfig();
        List<String> problems = problems(effectiveMode(values), secrets(config), key -> TOKEN_SECRET.equals(key)
                ? Optional.of(signing.tokenSecret())
                : values.getOptionalValue(key, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }

    /**
     * A packaged application started deliberately with the dev profile (the README's zero-setup run) is a development
     * start, not a production one; every other packaged start is production.
     */
    static LaunchMode effectiveMode(Config values) {
        if (LaunchMode.current().isDevOrTest()) {
            return LaunchMode.current();
        }
        List<String> profiles = List.of(values.getOptionalValue("quarkus.profile", String.class).orElse("prod").split(","));
        return profiles.contains("dev") && !profiles.contains("prod") ? LaunchMode.DEVELOPMENT : LaunchMode.NORMAL;
    }

    static List<Secret> secrets(SecurityConfig config) {
        List<Secret> secrets = new ArrayList<>(BUILT_IN);
        config.extraSecrets().orElse(List.of()).forEach(key -> secrets.add(new Secret(key, 12, true)));
        return secrets;
    }

    /** What is wrong with the secrets for a start in {@code mode}; empty when the start may go ahead. */
    public static List<String> problems(LaunchMode mode, List<Secret> secrets, Function<String, Optional<String>> lookup) {
        if (mode.isDevOrTest()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Secret secret : secrets) {
            Optional<String> value = lookup.apply(secret.key()).filter(v -> !v.isBlank());
            if (value.isEmpty()) {
                if (secret.required()) {
                    problems.add(secret.key() + " is not set (use the environment, e.g. " + envName(secret.key()) + ")");
                }
            } else if (value.get().length() < secret.minLength()) {
                problems.add(secret.key() + " is shorter than " + secret.minLength() + " characters");
            } else if (isThrowaway(value.get())) {
                problems.add(secret.key() + " is a published default value");
            }
        }
        return problems;
    }

    static boolean isThrowaway(String value) {
        return value.toLowerCase(Locale.ROOT).contains(THROWAWAY_MARKER);
    }

    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
