package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every API route, fed with malformed JSON, wrong types, huge strings and numbers, bad dates,
 * unknown enum values and foreign or malformed ids: never a 5xx, always problem+json, and no
 * stack trace, SQL or class name in the answer.
 */
class HostileInputTest {

    /** Threads sending the hostile requests: a few keep both cores of a build machine busy. */
    private static final int SENDERS = 4;

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-10-15T09:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static final List<String> PATH_VALUES = List.of(UUID.randomUUID().toString(), "not-an-id", "2026-13-45", "%2E%2E%2F%2E%2E",
            "x".repeat(2000), "-1", "99999999999999999999", "'%20OR%201=1");

    static final String HUGE = "\"" + "é".repeat(50_000) + "\"";
    static final List<String> BODIES = List.of("{", "[]", "\"texte\"", "null", "{}", "12", "{\"a\":",
            "{\"from\":\"2026-02-31\",\"to\":\"demain\",\"date\":\"2026-13-01\",\"month\":\"2026-13\",\"validFrom\":\"x\"}",
            "{\"amountCents\":-5,\"quotient\":-1,\"placesPerSlot\":-3,\"priceCents\":1e308,\"minutes\":9223372036854775808}",
            "{\"amountCents\":99999999999999999999999,\"quotient\":\"beaucoup\",\"issue\":\"peut-être\",\"paperless\":\"oui\"}",
            "{\"service\":\"PISCINE\",\"reason\":\"FLEMME\",\"role\":\"ROOT\",\"regie\":\"CASINO\",\"method\":\"BITCOIN\",\"period\":\"NIGHT\",\"kind\":\"VIRUS\"}",
            "{\"name\":" + HUGE + ",\"title\":" + HUGE + ",\"login\":" + HUGE + ",\"password\":" + HUGE + "}",
            "[{\"childId\":\"" + UUID.randomUUID() + "\",\"present\":\"oui\",\"arrival\":\"25:99\"}]",
            "{\"guardians\":[null],\"children\":[{}],\"address\":[],\"weekdays\":[\"FUNDAY\"],\"brackets\":[{}]}",
            "{\"date\":\"2026-10-20\",\"period\":\"MORNING\",\"service\":\"CANTEEN\",\"id\":\"" + UUID.randomUUID()
                    + "\",\"familyId\":\"" + UUID.randomUUID() + "\",\"role\":\"ADMIN\",\"status\":\"PAID\",\"inconnu\":[1,2,3]}");

    static List<String> concretePaths(String path) {
        List<String> paths = new ArrayList<>();
        if (!path.contains("{")) {
            paths.add(path);
            return paths;
        }
        for (String value : PATH_VALUES) {
            paths.add(path.replaceAll("\\{[^}]+}", value));
        }
        return paths;
    }

    /** One hostile request, named for the report. */
    private record Probe(String what, String method, String path, String token, String body) {
    }

    @Test
    void no_route_answers_5xx_or_leaks_internals_on_hostile_input() throws InterruptedException {
        String admin = portal.admin();
        List<String> routes = portal.routes().stream().filter(r -> r.contains(" /api/v1/")).toList();
        assertThat(routes).hasSizeGreaterThan(5);
        List<Probe> probes = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            for (String path : concretePaths(route.substring(route.indexOf(' ') + 1))) {
                for (String token : new String[] {admin, null}) {
                    List<String> bodies = method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES;
                    for (String body : bodies) {
                        String query = method.equals("GET") ? "?from=2026-02-31&to=x&month=13&q=%25%27&regie=X&status=Y" : "";
                        String what = method + " " + path.substring(0, Math.min(path.length(), 120)) + " body=" + body.substring(0, Math.min(40, body.length()));
                        probes.add(new Probe(what, method, path + query, token, body.isEmpty() ? null : body));
                    }
                }
            }
        }
        // some ten thousand requests: sent from a few threads, as a town's parents send theirs, their round trips overlap
        // instead of following one another; every answer is then checked in order, as before
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<TestPortal.Response>> answers;
        try {
            answers = senders.invokeAll(probes.stream()
                    .map(probe -> (Callable<TestPortal.Response>) () -> portal.call(probe.method(), probe.path(), probe.token(), probe.body()))
                    .toList());
        } finally {
            senders.shutdown();
        }
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < probes.size(); i++) {
            String what = probes.get(i).what();
            TestPortal.Response r;
            try {
                r = answers.get(i).get();
            } catch (ExecutionException e) {
                softly.fail(what + " : " + e.getCause().getMessage());
                continue;
            }
            softly.assertThat(r.status()).as(what).isLessThan(500);
            if (r.status() >= 400) {
                softly.assertThat(r.contentType()).as(what).startsWith("application/problem+json");
                softly.assertThat(r.body()).as(what).doesNotContain("Exception", "java.", "SQL", "org.", "at fr.");
            }
        }
        softly.assertAll();
    }

    /**
     * A parent aiming at another family's child or family, on every parent route and with every hostile
     * body, gets exactly the answer an unknown id gets (so nothing tells that it exists), and the phase
     * writes nothing: the audit log does not grow.
     */
    @Test
    void another_family_s_ids_answer_like_unknown_ones_and_nothing_is_written() {
        String agent = portal.agent("SCHOOL_AGENT");
        TestPortal.Response mine = family(agent, "Hostile");
        TestPortal.Response theirs = family(agent, "Voisin");
        String parent = CanteenTown.parent(portal, mine.json().get("id").asText(), mine.json().get("guardians").get(0).get("id").asText());
        List<String> foreignIds = List.of(theirs.json().get("id").asText(), theirs.json().get("children").get(0).get("id").asText());
        int auditBefore = auditCount();

        List<String> routes = portal.routes().stream().filter(r -> r.contains(" /api/v1/") && r.contains("{id}") && !r.contains("/admin/"))
                .toList();
        assertThat(routes).hasSizeGreaterThan(5);
        SoftAssertions softly = new SoftAssertions();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{date}", "2026-10-20").replaceAll("\\{(?!id})[^}]+}",
                    UUID.randomUUID().toString());
            List<String> bodies = method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES;
            for (String foreign : foreignIds) {
                for (String body : bodies) {
                    String query = method.equals("GET") ? "?from=2026-10-01&to=2026-10-31" : "";
                    String unknownPath = path.replace("{id}", UUID.randomUUID().toString()) + query;
                    TestPortal.Response unknown = portal.call(method, unknownPath, parent, body.isEmpty() ? null : body);
                    TestPortal.Response other = portal.call(method, path.replace("{id}", foreign) + query, parent, body.isEmpty() ? null : body);
                    String what = method + " " + path + " body=" + body.substring(0, Math.min(40, body.length()));
                    softly.assertThat(other.status()).as(what).isGreaterThanOrEqualTo(400).isEqualTo(unknown.status());
                    softly.assertThat(other.code()).as(what).isEqualTo(unknown.code());
                }
            }
        }
        softly.assertAll();
        assertThat(auditCount()).as("audit entries written while every request was refused").isEqualTo(auditBefore);
    }

    private static TestPortal.Response family(String agent, String name) {
        return CanteenTown.expect(portal.call("POST", "/api/v1/admin/families", agent, Map.of("name", name, "resident", true,
                "address", Map.of("line1", "3 rue du Port", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Alex", "lastName", name)),
                "children", List.of(Map.of("firstName", "Sam", "lastName", name, "birthDate", "2018-05-04")))), 201);
    }

    private static int auditCount() {
        return CanteenTown.expect(portal.call("GET", "/api/v1/admin/audit?from=2026-10-15&to=2026-10-15", portal.admin(), null), 200)
                .json().size();
    }
}
