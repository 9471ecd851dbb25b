package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at {@code /api/v1/openapi.json} describes exactly the API the portal
 * registers, and the developers' page that shows it loads without inline scripts.
 */
class ApiDocumentationTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Every API route as {@code METHOD /api/v1/path/{param}}, plus the provider's notification, the health probes and the metrics. */
    private static Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        for (String route : portal.routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (METHODS.contains(method.toLowerCase()) && (path.startsWith("/api/v1/") || path.equals("/paybox/ipn") || outsideTheApi(path))) {
                routes.add(route);
            }
        }
        return routes;
    }

    /** The operators' routes: health probes and metrics. */
    private static boolean outsideTheApi(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics");
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        JsonNode servers = document.get("servers");
        String base = servers.get(0).get("url").asText();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                String full = path.getKey().startsWith("/paybox/") || outsideTheApi(path.getKey()) ? path.getKey() : base + path.getKey();
                operations.add(method.toUpperCase() + " " + full);
            }
        }));
        return operations;
    }

    @Test
    void the_document_lists_every_api_route_and_no_route_that_does_not_exist() {
        TestPortal.Response answer = portal.call("GET", "/api/v1/openapi.json", null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode document = answer.json();
        assertThat(document.get("openapi").asText()).startsWith("3.1");

        Set<String> documented = documented(document);
        Set<String> routes = apiRoutes();
        List<String> missing = new ArrayList<>(routes);
        missing.removeAll(documented);
        List<String> unknown = new ArrayList<>(documented);
        unknown.removeAll(routes);
        assertThat(missing).as("routes missing from openapi.json").isEmpty();
        assertThat(unknown).as("documented paths without a route").isEmpty();
    }

    @Test
    void every_operation_has_a_tag_an_answer_and_the_errors_use_the_problem_schema() {
        JsonNode document = portal.call("GET", "/api/v1/openapi.json", null, null).json();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/schemas/Problem/properties/code").isMissingNode()).isFalse();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                String name = operation.getKey() + " " + path.getKey();
                assertThat(operation.getValue().get("tags")).as(name).isNotEmpty();
                assertThat(operation.getValue().get("responses")).as(name).isNotEmpty();
                assertThat(operation.getValue().get("summary").asText()).as(name).isNotBlank();
            }
        }));
    }

    @Test
    void the_developers_page_loads_swagger_ui_from_this_site_with_an_external_initialiser() {
        TestPortal.Response page = portal.call("GET", "/api/v1/docs", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/static/swagger-ui/swagger-ui-bundle.js", "/static/api-docs.js", "lang=\"fr\"")
                .doesNotContain("<script>");
        String csp = page.headers().get("content-security-policy").get(0);
        assertThat(csp).contains("script-src 'self';").doesNotContain("unsafe-eval");
        assertThat(portal.call("GET", "/static/swagger-ui/swagger-ui-bundle.js", null, null).status()).isEqualTo(200);
        assertThat(portal.call("GET", "/static/swagger-ui/swagger-ui.css", null, null).status()).isEqualTo(200);
        assertThat(portal.call("GET", "/static/api-docs.js", null, null).body()).contains("/api/v1/openapi.json");
    }
}
