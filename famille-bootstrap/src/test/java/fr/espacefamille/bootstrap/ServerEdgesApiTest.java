package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

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

    @Test
    void the_server_s_own_errors_answer_problem_json_under_the_api_and_a_french_page_elsewhere() throws IOException {
        // an address Jetty cannot decode never becomes a request (no path to tell the API by): the French page
        String api = raw("GET /api/v1/children/%zz HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n");
        assertThat(api).startsWith("HTTP/1.1 400");
        assertThat(api).contains("Requête invalide");
        assertSecured(api);

        String page = raw("GET /enfants/%zz HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(page).startsWith("HTTP/1.1 400");
        assertThat(page).contains("text/html", "lang=\"fr\"", "Requête invalide");
        assertSecured(page);

        String badHost = raw("GET /api/v1/session HTTP/1.1\r\nHost: bad host/\r\nAccept: application/json\r\n");
        assertThat(badHost).startsWith("HTTP/1.1 400");
        assertSecured(badHost);

        String longUri = raw("GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertThat(longUri).contains("Adresse trop longue");
        assertSecured(longUri);

        String bigHeaders = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        assertThat(bigHeaders).contains("text/html", "En-têtes trop volumineux");
        assertSecured(bigHeaders);
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
