package io.gazette.security.secrets;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionSecretsTest {

    private static final Map<String, String> GOOD = Map.of(
            "gazette.security.token-secret", "k8Jq2vW9xR4tY7uP1oL3mN6bV0cZ5aS8",
            "quarkus.http.auth.session.encryption-key", "Hq3Wm8Zr1Ty6Uo4Ip9As2Df7Gh5Jk0Lx",
            "quarkus.datasource.password", "long-db-password-2031");

    @Test
    void productionStartsWithStrongSecrets() {
        assertEquals(List.of(), problems(LaunchMode.NORMAL, GOOD));
    }

    @Test
    void productionRefusesAMissingSecret() {
        Map<String, String> values = new HashMap<>(GOOD);
        values.remove("quarkus.datasource.password");
        assertEquals(List.of("quarkus.datasource.password is not set (use the environment, e.g. QUARKUS_DATASOURCE_PASSWORD)"),
                problems(LaunchMode.NORMAL, values));
        values.put("quarkus.datasource.password", "   ");
        assertEquals(1, problems(LaunchMode.NORMAL, values).size());
    }

    @Test
    void productionRefusesAShortSecret() {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("gazette.security.token-secret", "only-twenty-chars-ok");
        assertEquals(List.of("gazette.security.token-secret is shorter than 32 characters"), problems(LaunchMode.NORMAL, values));
    }

    @Test
    void productionRefusesTheRepositorysThrowawayValues() {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("quarkus.http.auth.session.encryption-key", "dev-only-session-key-not-for-production-use");
        values.put("gazette.security.admin-password", "dev-admin-not-for-production");
        List<String> problems = problems(LaunchMode.NORMAL, values);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("session.encryption-key is a published default"), problems.get(0));
        assertTrue(problems.get(1).contains("admin-password is a published default"), problems.get(1));
    }

    @Test
    void optionalSecretsAreCheckedOnlyWhenSet() {
        assertEquals(List.of(), problems(LaunchMode.NORMAL, GOOD), "no admin password is fine once accounts exist");
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("gazette.security.admin-password", "short");
        values.put("gazette.delivery.webhook-secret", "fifteen-chars-x");
        assertEquals(List.of("gazette.security.admin-password is shorter than 12 characters",
                "gazette.delivery.webhook-secret is shorter than 16 characters"), problems(LaunchMode.NORMAL, values));
    }

    @Test
    void extraSecretsSuchAsTheSmtpPasswordAreRequiredToo() {
        List<ProductionSecrets.Secret> secrets = new java.util.ArrayList<>(ProductionSecrets.BUILT_IN);
        secrets.add(new ProductionSecrets.Secret("gazette.delivery.smtp-password", 12, true));
        assertEquals(List.of("gazette.delivery.smtp-password is not set (use the environment, e.g. GAZETTE_DELIVERY_SMTP_PASSWORD)"),
                ProductionSecrets.problems(LaunchMode.NORMAL, secrets, key -> Optional.ofNullable(GOOD.get(key))));
    }

    @Test
    void devModeAndTestsUseTheirThrowawayValues() {
        assertEquals(List.of(), problems(LaunchMode.DEVELOPMENT, Map.of()));
        assertEquals(List.of(), problems(LaunchMode.TEST, Map.of()));
    }

    private static List<String> problems(LaunchMode mode, Map<String, String> values) {
        return ProductionSecrets.problems(mode, ProductionSecrets.BUILT_IN, key -> Optional.ofNullable(values.get(key)));
    }
}
