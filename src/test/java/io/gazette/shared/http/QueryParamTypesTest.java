package io.gazette.shared.http;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every typed query parameter of the OpenAPI document (numbers, booleans, enums) with a value of the wrong type:
 * each must be answered with 400 problem+json naming the parameter, not with 404 or read as something else.
 */
@QuarkusTest
class QueryParamTypesTest {

    /** {@code /q/openapi} lives on the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/openapi", management = true)
    URL managementOpenApi;

    private static final String MISSING_ID = "987654321";
    private static final String WRONG = "not-a-valid-value";

    @Inject
    TestAccounts accounts;

    @Test
    void everyTypedQueryParameterRefusesAValueOfTheWrongTypeByName() {
        RequestSpecification admin = accounts.create(Roles.ADMIN).bearer();
        JsonPath openapi = given().accept("application/json").get(managementOpenApi).jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> walked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            for (Map<String, Object> parameter : parameters(operation)) {
                if (!"query".equals(parameter.get("in")) || isText(parameter.get("schema"))) {
                    continue;
                }
                String name = (String) parameter.get("name");
                String route = method.toUpperCase() + " " + path + "?" + name;
                walked.add(route);
                Response response = call(admin, method, path, operation, name);
                boolean problem = response.contentType().startsWith("application/problem+json");
                String field = problem ? response.jsonPath().getString("errors[0].field") : null;
                if (response.statusCode() != 400 || !name.equals(field)) {
                    wrong.add(route + " answered " + response.statusCode() + " " + response.body().asString());
                }
            }
        }));
        assertThat(walked).contains("GET /api/subscribers?after", "GET /api/subscribers?list", "GET /api/subscribers?status",
                "POST /api/issues/{id}/import?dryRun");
        assertThat(wrong).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        Object parameters = operation.get("parameters");
        return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
    }

    /** Plain text, or a list of it: any value fits, so there is no wrong type to send. */
    @SuppressWarnings("unchecked")
    private static boolean isText(Object schema) {
        Map<String, Object> s = (Map<String, Object>) schema;
        if ("array".equals(s.get("type"))) {
            return isText(s.get("items"));
        }
        return "string".equals(s.get("type")) && !s.containsKey("enum") && !s.containsKey("format");
    }

    @SuppressWarnings("unchecked")
    private static Response call(RequestSpecification caller, String method, String path, Map<String, Object> operation,
                                 String parameter) {
        RequestSpecification request = given().spec(caller).redirects().follow(false).queryParam(parameter, WRONG);
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body != null) {
            String type = ((Map<String, Object>) body.get("content")).keySet().iterator().next();
            if (type.startsWith("multipart/")) {
                request.multiPart("probe", "1");
            } else {
                request.contentType(type.contains("*") ? "text/plain" : type)
                        .body(type.contains("json") ? "{}" : type.contains("urlencoded") ? "probe=1" : "probe");
            }
        }
        return request.request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", MISSING_ID));
    }
}
