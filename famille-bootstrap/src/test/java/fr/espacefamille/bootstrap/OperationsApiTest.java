package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Issue #20 point 6: liveness, readiness, Prometheus metrics and who may read them. */
class OperationsApiTest {

    private static final String CLOCK = "2026-09-07T08:00:00+02:00";

    @Test
    void health_stays_as_it_was_and_live_and_ready_answer_with_each_check() {
        try (TestPortal portal = TestPortal.h2(CLOCK)) {
            TestPortal.Response health = portal.call("GET", "/health", null, null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("UP");

            TestPortal.Response live = portal.call("GET", "/health/live", null, null);
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.json().get("status").asText()).isEqualTo("UP");

            TestPortal.Response ready = portal.call("GET", "/health/ready", null, null);
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            JsonNode checks = ready.json().get("checks");
            assertThat(ready.json().get("status").asText()).isEqualTo("UP");
            assertThat(checks.get("database").get("status").asText()).isEqualTo("UP");
            assertThat(checks.get("migrations").get("status").asText()).isEqualTo("UP");
            assertThat(checks.get("mailBacklog").get("status").asText()).isEqualTo("UP");
            assertThat(checks.get("mailBacklog").get("pending").asLong()).as("mails are files here: none ever waits").isZero();
            assertThat(ready.headers().get("x-request-id")).singleElement().asString().isNotBlank();
        }
    }

    @Test
    void a_mail_waiting_for_more_than_an_hour_makes_the_instance_not_ready_and_shows_in_the_metrics() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_SMTP_HOST", "127.0.0.1",
                "FAMILLE_SMTP_PORT", Integer.toString(closedPort)))) {
            Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS);
            try (var database = portal.database()) {
                database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, attempts, next_attempt_at)
                        VALUES (:id, 'claire@example.fr', 'Relance', 'texte', '<p>texte</p>', :created, 3, :later)""")
                        .bind("id", UUID.randomUUID()).bind("created", twoHoursAgo)
                        .bind("later", Instant.now().plus(1, ChronoUnit.HOURS)).execute());
            }
            TestPortal.Response ready = portal.call("GET", "/health/ready", null, null);
            assertThat(ready.status()).as(ready.body()).isEqualTo(503);
            assertThat(ready.json().get("status").asText()).isEqualTo("DOWN");
            JsonNode backlog = ready.json().get("checks").get("mailBacklog");
            assertThat(backlog.get("status").asText()).isEqualTo("DOWN");
            assertThat(backlog.get("oldestSeconds").asLong()).isBetween(7190L, 7300L);
            assertThat(backlog.get("pending").asLong()).isEqualTo(1);
            assertThat(ready.json().get("checks").get("database").get("status").asText()).isEqualTo("UP");
            assertThat(portal.call("GET", "/health", null, null).status()).as("liveness is not readiness").isEqualTo(200);
            assertThat(portal.call("GET", "/health/live", null, null).status()).isEqualTo(200);

            String metrics = portal.call("GET", "/metrics", null, null).body();
            double age = Double.parseDouble(metrics.lines().filter(l -> l.startsWith("famille_mail_backlog_oldest_seconds "))
                    .findFirst().orElseThrow().split(" ")[1]);
            assertThat(age).isBetween(7190d, 7300d);
            assertThat(metrics).contains("famille_mail_backlog_pending 1.0");
        }
    }

    @Test
    void metrics_time_requests_by_route_template_and_show_the_pool_and_the_jobs() {
        try (TestPortal portal = TestPortal.h2(CLOCK)) {
            String admin = portal.agent("SCHOOL_AGENT");
            JsonNode family = AccountApiTest.family(portal, admin);
            String id = family.get("id").asText();
            assertThat(portal.call("GET", "/api/v1/admin/families/" + id, admin, null).status()).isEqualTo(200);
            assertThat(portal.call("GET", "/api/v1/admin/families/" + UUID.randomUUID(), admin, null).status()).isEqualTo(404);

            TestPortal.Response answer = portal.call("GET", "/metrics", null, null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("text/plain");
            String metrics = answer.body();
            assertThat(metrics)
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/admin/families/{id}\",status=\"200\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/admin/families/{id}\",status=\"404\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/session\",status=\"200\"}")
                    .doesNotContain(id)
                    .contains("hikaricp_connections_active{pool=\"famille\"}")
                    .contains("hikaricp_connections_max{pool=\"famille\"} 10")
                    .contains("famille_job_last_success_seconds{job=\"relances\"}")
                    .contains("famille_job_last_success_seconds{job=\"anonymisation\"}")
                    .contains("famille_job_last_success_seconds{job=\"expiration-propositions\"}")
                    .contains("famille_mail_backlog_oldest_seconds 0")
                    .contains("jvm_memory_used_bytes");
            double relances = Double.parseDouble(metrics.lines().filter(l -> l.startsWith("famille_job_last_success_seconds{job=\"relances\"}"))
                    .findFirst().orElseThrow().split(" ")[1]);
            assertThat(relances).as("the job ran at start-up").isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120d));
        }
    }

    @Test
    void metrics_are_not_public_behind_a_proxy_and_need_the_token_when_one_is_set() {
        try (TestPortal portal = TestPortal.h2(CLOCK)) {
            TestPortal.Response relayed = portal.call("GET", "/metrics", null, null, Map.of("X-Forwarded-For", "203.0.113.7"));
            assertThat(relayed.status()).as("a visitor relayed by a reverse proxy on this machine").isEqualTo(404);
            assertThat(relayed.body()).doesNotContain("jvm_");
        }
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_METRICS_TOKEN", "jeton-de-metriques-1234"))) {
            assertThat(portal.call("GET", "/metrics", null, null).status()).isEqualTo(401);
            TestPortal.Response wrong = portal.call("GET", "/metrics", "jeton-de-metriques-1235", null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            TestPortal.Response right = portal.call("GET", "/metrics", "jeton-de-metriques-1234", null,
                    Map.of("X-Forwarded-For", "203.0.113.7"));
            assertThat(right.status()).isEqualTo(200);
            assertThat(right.body()).contains("http_server_requests_seconds");
        }
    }
}
