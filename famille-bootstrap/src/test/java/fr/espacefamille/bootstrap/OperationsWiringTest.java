package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.http.operations.OperationsApi;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiMailOutbox.Backlog;
import fr.espacefamille.application.inmemory.MovableClock;
import io.javalin.Javalin;

/** Review finding: a scrape and a probe each read the mail backlog once, not once per figure that shows it. */
class OperationsWiringTest {

    @Test
    void a_scrape_and_a_probe_close_together_share_one_reading_of_the_backlog_and_a_later_one_reads_again() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-09-07T06:00:00Z"));
        AtomicInteger reads = new AtomicInteger();
        try (Database database = Database.start("jdbc:h2:mem:operations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            OperationsWiring wiring = new OperationsWiring(database, clock);
            OperationsApi api = wiring.api(Optional.empty(), () -> {
                reads.incrementAndGet();
                return new Backlog(3, Optional.of(clock.instant().minusSeconds(90)));
            });
            Javalin app = Javalin.create(config -> api.register(config.routes)).start(0);
            try {
                String metrics = get(app, "/metrics").body();
                assertThat(metrics).contains("famille_mail_backlog_pending 3.0", "famille_mail_backlog_oldest_seconds 90.0");
                assertThat(reads).as("two gauges, one reading").hasValue(1);

                JsonNode backlog = new ObjectMapper().readTree(get(app, "/health/ready").body()).get("checks").get("mailBacklog");
                assertThat(backlog.get("pending").asLong()).isEqualTo(3);
                assertThat(backlog.get("oldestSeconds").asLong()).isEqualTo(90);
                assertThat(reads).as("the probe within the reading's lifetime").hasValue(1);

                clock.advance(OperationsWiring.BACKLOG_READING_LIFETIME);
                get(app, "/health/ready");
                get(app, "/metrics");
                assertThat(reads).as("a reading as old as its lifetime is read again, once").hasValue(2);
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
