package io.gazette.security;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every REST route the application serves, as found in the application itself (its resource beans, checked
 * against its OpenAPI document), as anonymous, editor and admin. A route must name its roles; anonymous and wrong-role
 * requests must be refused and allowed ones must not be. A new route is walked without anyone adding it here; a new
 * public route fails until it is added to {@link #PUBLIC}.
 */
@QuarkusTest
class RouteSecurityTest {

    /** How a route without roles protects itself. */
    enum Public {
        /** Anyone, anonymous included, gets a real answer. */
        OPEN,
        /** Callers prove themselves with the route's own credential (a shared secret, a signature), so anonymous is refused. */
        OWN_CREDENTIAL
    }

    /** Routes without roles. Adding to this list is a security decision: say why in the review. */
    static final Map<String, Public> PUBLIC = Map.ofEntries(
            Map.entry("GET /login", Public.OPEN),
            // The front door only redirects: to the dashboard when signed in, to /login otherwise.
            Map.entry("GET /", Public.OPEN),
            // The public web archive of sent issues and its feed: the same content the emails went out with, no personal links.
            Map.entry("GET /archive/{slug}", Public.OPEN),
            Map.entry("GET /archive/{slug}/{number}", Public.OPEN),
            Map.entry("GET /archive/{slug}/feed.atom", Public.OPEN),
            // Hosted and embeddable sign-up: public by nature, rate limited per client address, never reveals known addresses.
            Map.entry("GET /subscribe/{slug}", Public.OPEN),
            Map.entry("POST /subscribe/{slug}", Public.OPEN),
            Map.entry("GET /subscribe/{slug}/thanks", Public.OPEN),
            // Links from emails: the signed token in the path is the credential; a forged one is refused.
            Map.entry("GET /confirm/{token}", Public.OWN_CREDENTIAL),
            Map.entry("POST /confirm/{token}", Public.OWN_CREDENTIAL),
            Map.entry("GET /unsubscribe/{token}", Public.OWN_CREDENTIAL),
            Map.entry("POST /unsubscribe/{token}", Public.OWN_CREDENTIAL),
            Map.entry("GET /preferences/{token}", Public.OWN_CREDENTIAL),
            Map.entry("POST /preferences/{token}", Public.OWN_CREDENTIAL),
            // Exists only in the test build, to exercise the rate limiter's JSON answer.
            Map.entry("POST /test/rate-limited", Public.OPEN),
            Map.entry("POST /webhooks/bounces", Public.OWN_CREDENTIAL),
            Map.entry("POST /webhooks/postmark", Public.OWN_CREDENTIAL),
            Map.entry("POST /webhooks/ses", Public.OWN_CREDENTIAL));

    /**
     * Routes only admins may call, checked against their annotations (the walk itself only proves that annotations are
     * enforced): accounts, the audit log, creating, changing or deleting newsletters, and CSV imports.
     */
    static final List<Pattern> ADMIN_ONLY = List.of(
            Pattern.compile("[A-Z]+ /api/users(/.*)?"),
            Pattern.compile("[A-Z]+ /api/audit(/.*)?"),
            Pattern.compile("(POST|PUT|DELETE) /api/newsletters(/\\{[^}/]+})?"),
            // Their pages: the users page (with each user's API tokens), the audit log, and creating or editing a newsletter.
            Pattern.compile("[A-Z]+ /users(/.*)?"),
            Pattern.compile("GET /audit"),
            Pattern.compile("POST /newsletters"),
            Pattern.compile("GET /newsletters/new"),
            Pattern.compile("[A-Z]+ /newsletters/\\{[^}/]+}/edit"),
            // Lists and subscribers: editors read, admins change, as in the API.
            Pattern.compile("POST /lists(/.*)?"),
            Pattern.compile("GET /lists/(new|\\{[^}/]+}/(edit|delete))"),
            Pattern.compile("POST /subscribers(/.*)?"),
            Pattern.compile("GET /subscribers/(new|\\{[^}/]+}/erase)"),
            Pattern.compile("[A-Z]+ /suppressions(/.*)?"),
            // CSV imports, their pages and report included, as the API's.
            Pattern.compile("[A-Z]+ /api/imports(/.*)?"),
            Pattern.compile("[A-Z]+ /imports(/.*)?"));

    /**
     * Framework routes outside JAX-RS that are public on purpose: load balancer probes. The API description, Swagger UI
     * and metrics are on the loopback management interface instead (docs/security.md).
     */
    static final List<String> PUBLIC_FRAMEWORK = List.of("/q/health", "/q/health/live", "/q/health/ready");

    /** The management interface's {@code /q/openapi} (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    private static final String MISSING_ID = "987654321";

    record Route(String method, String path, Optional<Set<String>> roles, String consumes) {

        String key() {
            return method + " " + path;
        }
    }

    @Inject
    TestAccounts accounts;

    @Test
    void everyRouteRefusesAnonymousAndWrongRolesAndAdmitsItsRoles() {
        List<Route> routes = routes();
        assertTrue(routes.size() > 20, "expected the whole API, found " + routes.size() + " routes");
        Map<String, RequestSpecification> callers = Map.of(
                Roles.ADMIN, accounts.create(Roles.ADMIN).bearer(),
                Roles.EDITOR, accounts.create(Roles.EDITOR).bearer());

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            if (route.roles().isEmpty()) {
                wrong.add(route.key() + " names no roles (@RolesAllowed or @PermitAll)");
                continue;
            }
            Set<String> roles = route.roles().get();
            Response anonymousResponse = call(given(), route);
            int anonymous = anonymousResponse.statusCode();
            if (roles.isEmpty()) {
                Public kind = PUBLIC.get(route.key());
                if (kind == null) {
                    wrong.add(route.key() + " is @PermitAll but not in the PUBLIC allow-list");
                } else if (kind == Public.OPEN && refused(anonymous)) {
                    wrong.add(route.key() + " is open but refused anonymous with " + anonymous);
                } else if (kind == Public.OWN_CREDENTIAL && (anonymous < 400 || anonymous >= 500)) {
                    wrong.add(route.key() + " answered a caller without its credential with " + anonymous);
                }
                continue;
            }
            if (!refused(anonymousResponse.statusCode()) && !redirectsToLogin(anonymousResponse)) {
                wrong.add(route.key() + " answered anonymous with " + anonymousResponse.statusCode());
            }
            callers.forEach((role, caller) -> {
                Response response = call(caller, route);
                boolean allowed = roles.contains(role);
                if (allowed && (refused(response.statusCode()) || redirectsToLogin(response))) {
                    wrong.add(route.key() + " refused " + role + " with " + response.statusCode());
                } else if (!allowed && response.statusCode() != 403) {
                    wrong.add(route.key() + " answered " + role + " (not allowed) with " + response.statusCode());
                }
            });
        }
        assertEquals(List.of(), wrong, "route security table");
    }

    @Test
    void adminOnlyRoutesAdmitOnlyAdmins() {
        List<Route> routes = routes();
        for (Pattern pattern : ADMIN_ONLY) {
            List<Route> matching = routes.stream().filter(route -> pattern.matcher(route.key()).matches()).toList();
            assertTrue(!matching.isEmpty(), pattern + " matches no route; keep the list true");
            for (Route route : matching) {
                assertEquals(Optional.of(Set.of(Roles.ADMIN)), route.roles(), route.key());
            }
        }
    }

    @Test
    void theWalkCoversEveryOperationOfTheOpenApiDocument() {
        Set<String> walked = routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        JsonPath openapi = given().accept("application/json").get(this.openapi).jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertEquals(documented, walked);
    }

    @Test
    void frameworkRoutesOnTheAllowListArePublic() {
        for (String path : PUBLIC_FRAMEWORK) {
            int status = given().get(path).statusCode();
            assertTrue(status == 200, path + " answered " + status);
        }
    }

    private static boolean refused(int status) {
        return status == 401 || status == 403;
    }

    private static boolean redirectsToLogin(Response response) {
        String location = response.getHeader("Location");
        return response.statusCode() == 302 && location != null && location.contains("/login");
    }

    private static Response call(RequestSpecification caller, Route route) {
        RequestSpecification request = given().spec(caller).redirects().follow(false);
        if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
            String type = route.consumes().contains("*") ? MediaType.TEXT_PLAIN : route.consumes();
            if (type.startsWith(MediaType.MULTIPART_FORM_DATA)) {
                // A multipart body needs its boundary, which only REST Assured's multipart builder writes.
                request.multiPart("probe", "1");
            } else {
                request.contentType(type);
                request.body(type.startsWith(MediaType.APPLICATION_FORM_URLENCODED) ? "probe=1"
                        : type.startsWith(MediaType.APPLICATION_JSON) ? "{}" : "probe");
            }
        }
        return request.request(route.method(), route.path().replaceAll("\\{[^}]+}", MISSING_ID));
    }

    /** Every resource method of every JAX-RS resource bean in the application. */
    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> routes.add(new Route(verb, join(base, method.getAnnotation(Path.class)),
                        roles(method).or(() -> roles(type)), consumes(method, type))));
            }
        }
        return routes;
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(annotation -> annotation.isAnnotationPresent(HttpMethod.class))
                .map(annotation -> annotation.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    /** Empty set for {@code @PermitAll}; empty optional when the element says nothing. */
    private static Optional<Set<String>> roles(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(Set.of());
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? Optional.empty() : Optional.of(Set.of(allowed.value()));
    }

    private static String consumes(Method method, Class<?> type) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
    }

    private static String join(Path base, Path sub) {
        String path = "/" + base.value() + (sub == null ? "" : "/" + sub.value());
        path = path.replaceAll("/+", "/").replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
