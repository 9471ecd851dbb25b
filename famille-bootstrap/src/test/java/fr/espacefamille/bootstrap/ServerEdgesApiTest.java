package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.domain.account.Role;

/**
 * Issue #20 point 9 "Also": the server's own errors in French with the security headers, who may
 * call before what was sent, strict JSON (duplicate keys, numbers as strings), the audit log by pages.
 */
class ServerEdgesApiTest {

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** A raw HTTP/1.1 exchange, for what no well-behaved client would send. */
    private static String raw(String requestLineAndHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", Integer.parseInt(portal.url("").replaceAll(".*:(\\d+).*", "$1")))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLineAndHeaders + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertSecured(String answer) {
        String lower = answer.toLowerCase();
        assertThat(lower).contains("x-content-type-options: nosniff", "x-frame-options: deny", "content-security-policy:");
        assertThat(answer).doesNotContain("Jetty", "org.eclipse", "Bad Message", "<th>MESSAGE:");
    }

    /** An answer under /api/v1: problem+json of the usual shape, with the security headers. */
    private static JsonNode assertProblem(String answer, int status) throws IOException {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertSecured(answer);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    /** An answer elsewhere: a short French page, with the security headers. */
    private static void assertFrenchPage(String answer, int status, String title) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertSecured(answer);
        assertThat(answer).contains("text/html", "lang=\"fr\"", "<h1>" + title + "</h1>");
    }

    @Test
    void the_server_s_own_errors_answer_problem_json_under_the_api_and_a_french_page_elsewhere() throws IOException {
        String longPath = "a".repeat(20_000);
        String bigHeader = "X-Big: " + "b".repeat(20_000) + "\r\n";

        assertThat(assertProblem(raw("GET /api/v1/children/%zz HTTP/1.1\r\nHost: localhost\r\n"), 400).get("title").asText())
                .isEqualTo("Requête invalide");
        assertFrenchPage(raw("GET /enfants/%zz HTTP/1.1\r\nHost: localhost\r\n"), 400, "Requête invalide");

        assertThat(assertProblem(raw("GET /api/v1/" + longPath + " HTTP/1.1\r\nHost: localhost\r\n"), 414).get("title").asText())
                .isEqualTo("Adresse trop longue");
        assertFrenchPage(raw("GET /" + longPath + " HTTP/1.1\r\nHost: localhost\r\n"), 414, "Adresse trop longue");

        assertThat(assertProblem(raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n" + bigHeader), 431).get("title").asText())
                .isEqualTo("En-têtes trop volumineux");
        assertFrenchPage(raw("GET / HTTP/1.1\r\nHost: localhost\r\n" + bigHeader), 431, "En-têtes trop volumineux");

        assertProblem(raw("GET /api/v1/session HTTP/1.1\r\nHost: bad host/\r\n"), 400);
        assertProblem(raw("GET /health/%zz HTTP/1.1\r\nHost: localhost\r\n"), 400);
        assertFrenchPage(raw("GET /connexion HTTP/1.1\r\nHost: bad host/\r\n"), 400, "Requête invalide");

        // on a kept-alive connection each request line is read afresh: a page first, then the API's bad address
        String pipelined = raw("GET /connexion HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/v1/children/%zz HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(pipelined).startsWith("HTTP/1.1 200");
        assertProblem(pipelined.substring(pipelined.indexOf("HTTP/1.1 400")), 400);
    }

    @Test
    void a_parent_on_a_staff_route_is_refused_before_the_body_is_read() {
        String agent = portal.agent("SCHOOL_AGENT");
        JsonNode family = AccountApiTest.family(portal, agent);
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, AccountApiTest.PASSWORD).status()).isEqualTo(201);
        String parent = portal.signIn(username, AccountApiTest.PASSWORD);

        TestPortal.Response malformed = portal.call("POST", "/api/v1/admin/schools", parent, "{\"name\":");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(403);
        assertThat(malformed.code()).isEqualTo("FORBIDDEN");
        assertThat(portal.call("POST", "/api/v1/admin/families", null, "{\"name\": 12").status()).isEqualTo(401);
        assertThat(portal.call("POST", "/api/v1/admin/schools", agent, "{\"name\":").status()).as("staff still get the 400").isEqualTo(400);
    }

    /**
     * Every staff route declares who may call it, and that is checked before the body is read: each
     * staff role a route does not serve (and a parent) gets 403 for a malformed body, where it used to
     * get the 400 about the body; each role it serves still reaches the handler (never a 403).
     */
    @Test
    void every_staff_route_refuses_the_roles_it_does_not_serve_before_reading_the_body() {
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : List.of(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT)) {
            tokens.put(role, portal.agent(role.name()));
        }
        tokens.put(Role.ADMIN, portal.admin());
        JsonNode family = AccountApiTest.family(portal, tokens.get(Role.SCHOOL_AGENT));
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, AccountApiTest.PASSWORD).status()).isEqualTo(201);
        tokens.put(Role.PARENT, portal.signIn(username, AccountApiTest.PASSWORD));

        Map<String, List<Role>> staffRoutes = new TreeMap<>(portal.routeRoles());
        staffRoutes.keySet().removeIf(route -> !route.contains(" /api/v1/admin/"));
        assertThat(staffRoutes).hasSizeGreaterThan(60).allSatisfy((route, roles) -> assertThat(roles).as(route).isNotEmpty());
        assertThat(staffRoutes).as("the use cases' own checks, read at the routes")
                .containsEntry("POST /api/v1/admin/schools", List.of(Role.SCHOOL_AGENT))
                .containsEntry("POST /api/v1/admin/invoices/{id}/payments", List.of(Role.FINANCE_AGENT))
                .containsEntry("GET /api/v1/admin/audit", List.of(Role.ADMIN))
                .containsEntry("GET /api/v1/admin/nursery/billing-rate", List.of(Role.NURSERY_AGENT, Role.FINANCE_AGENT));

        SoftAssertions softly = new SoftAssertions();
        int refusals = 0;
        for (var route : staffRoutes.entrySet()) {
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getKey().substring(route.getKey().indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String malformed = method.equals("GET") || method.equals("DELETE") ? null : "{\"name\":";
            for (var token : tokens.entrySet()) {
                Role role = token.getKey();
                TestPortal.Response answer = portal.call(method, path, token.getValue(), malformed);
                String what = role + " " + route.getKey();
                boolean served = role.isStaff() && role.mayActAs(route.getValue().toArray(Role[]::new));
                if (served) {
                    softly.assertThat(answer.status()).as(what + " " + answer.body()).isNotEqualTo(403).isLessThan(500);
                } else {
                    refusals++;
                    softly.assertThat(answer.status()).as(what + " " + answer.body()).isEqualTo(403);
                    softly.assertThat(answer.code()).as(what).isEqualTo("FORBIDDEN");
                }
            }
        }
        softly.assertAll();
        assertThat(refusals).as("staff refused somewhere, beside the parent everywhere").isGreaterThan(2 * staffRoutes.size());
    }

    @Test
    void duplicate_keys_and_numbers_sent_as_strings_are_refused_naming_the_field() {
        String agent = portal.agent("SCHOOL_AGENT");
        TestPortal.Response twice = portal.call("POST", "/api/v1/admin/schools", agent, "{\"name\":\"École A\",\"name\":\"École B\"}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(400);
        assertThat(twice.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(twice.body()).contains("name");

        TestPortal.Response quotient = portal.call("POST", "/api/v1/admin/families", agent, Map.of("name", "Durand", "resident", true,
                "quotient", "450", "address", Map.of("line1", "1 rue", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Anne", "lastName", "Durand")), "children", List.of()));
        assertThat(quotient.status()).as(quotient.body()).isEqualTo(400);
        assertThat(quotient.body()).contains("quotient");
    }

    @Test
    void the_audit_log_reads_page_by_page_with_a_link_to_the_next() {
        String admin = portal.admin();
        for (int i = 0; i < 3; i++) {
            portal.agent("SCHOOL_AGENT");
        }
        String all = "/api/v1/admin/audit?from=2026-09-01&to=2026-09-30";
        JsonNode everything = portal.call("GET", all, admin, null).json();
        assertThat(everything.size()).isGreaterThanOrEqualTo(3);

        TestPortal.Response first = portal.call("GET", all + "&page=1&size=2", admin, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        assertThat(first.json().get(0)).isEqualTo(everything.get(0));
        String link = first.headers().get("link").get(0);
        assertThat(link).isEqualTo("</api/v1/admin/audit?from=2026-09-01&to=2026-09-30&page=2&size=2>; rel=\"next\"");

        int pages = (everything.size() + 1) / 2;
        TestPortal.Response last = portal.call("GET", all + "&page=" + pages + "&size=2", admin, null);
        assertThat(last.json().get(last.json().size() - 1)).isEqualTo(everything.get(everything.size() - 1));
        assertThat(last.headers()).doesNotContainKey("link");
        assertThat(portal.call("GET", all + "&size=0", admin, null).status()).isEqualTo(400);
        assertThat(portal.call("GET", all + "&page=x", admin, null).code()).isEqualTo("VALIDATION_FAILED");
    }
}
