package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/**
 * Kills the portal (SIGKILL) in the middle of issuing a month on PostgreSQL, starts it again and
 * issues the month again: no number is lost or given twice, and every family is billed exactly
 * once. The portal runs as a separate JVM against the embedded PostgreSQL server.
 */
class BillingCrashTest {

    private static final int FAMILIES = 4_000;
    private final List<ForkedPortal> portals = new ArrayList<>();
    private String dbUrl;
    private Path dataDir;

    @AfterEach
    void stopProcesses() {
        portals.forEach(ForkedPortal::close);
    }

    @Test
    void a_run_killed_in_the_middle_leaves_nothing_and_the_next_one_numbers_without_gap_or_duplicate() throws Exception {
        dbUrl = TestDatabases.freshMigratedPostgresUrl();
        dataDir = Folders.temporary("famille-crash");
        try (Database database = Database.start(dbUrl, "postgres", "postgres")) {
            seed(database);
        }
        ForkedPortal portal = start("first");
        JsonNode september = issue(portal, "2026-09").join();
        assertThat(september.get("invoiceCount").asInt()).isEqualTo(FAMILIES);

        CompletableFuture<JsonNode> october = issue(portal, "2026-10");
        try (Database database = Database.start(dbUrl, "postgres", "postgres")) {
            awaitInvoicesBeingWritten(database);
        }
        assertThat(portal.kill()).as("killed by SIGKILL").isEqualTo(137);
        assertThatThrownBy(october::join).as("the request died with the process").hasCauseInstanceOf(IOException.class);

        try (Database database = Database.start(dbUrl, "postgres", "postgres")) {
            database.jdbi().useHandle(handle -> {
                assertThat(count(handle, "SELECT COUNT(*) FROM billing_runs WHERE billed_month = '2026-10'")).as("nothing of October").isZero();
                assertThat(count(handle, "SELECT COUNT(*) FROM invoices")).isEqualTo(FAMILIES);
                assertThat(count(handle, "SELECT last_sequence FROM numbering_counters WHERE regie = 'SCHOOL' AND seq_year = 2026"))
                        .as("no number taken by the killed run").isEqualTo(FAMILIES);
            });
        }

        ForkedPortal restarted = start("restarted");
        JsonNode again = issue(restarted, "2026-10").join();
        assertThat(again.get("status").asText()).isEqualTo("ISSUED");
        assertThat(again.get("invoiceCount").asInt()).isEqualTo(FAMILIES);

        try (Database database = Database.start(dbUrl, "postgres", "postgres")) {
            database.jdbi().useHandle(handle -> {
                List<String> numbers = handle.createQuery("SELECT number FROM invoices ORDER BY number").mapTo(String.class).list();
                assertThat(numbers).hasSize(2 * FAMILIES);
                for (int i = 0; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).isEqualTo(String.format("AS-2026-%06d", i + 1));
                }
                assertThat(count(handle, "SELECT COUNT(DISTINCT family_id) FROM invoices WHERE billed_month = '2026-10'")).isEqualTo(FAMILIES);
                assertThat(count(handle, "SELECT COUNT(*) FROM billing_runs WHERE status = 'ISSUED'")).isEqualTo(2);
            });
        }
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }

    /** Waits until the portal's transaction is writing invoices: the run has begun and has not committed. */
    private static void awaitInvoicesBeingWritten(Database database) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            long writing = database.jdbi().withHandle(handle -> count(handle, """
                    SELECT COUNT(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
                      AND query LIKE 'INSERT INTO invoice%'
                    """));
            if (writing > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the run never started writing invoices");
    }

    /** A town of families with one child each and the demo canteen tariff, stored directly. */
    private static void seed(Database database) {
        var families = new JdbiFamilies(database.context());
        new JdbiTransactions(database.context()).run(() -> {
            for (int i = 0; i < FAMILIES; i++) {
                Guardian guardian = new Guardian(GuardianId.random(), "Camille", "Famille" + i, null, null);
                Child child = new Child(ChildId.random(), "Enfant", "Famille" + i, LocalDate.of(2018, 3, 14), null, null);
                families.add(new Family(FamilyId.random(), "Famille" + i, new Address("1 rue de la Loire", null, "44480", "Donges"),
                        i % 10 != 0, List.of(), Resources.UNDECLARED, i % 2 == 0, List.of(guardian), List.of(child)));
            }
            new JdbiTariffs(database.context()).putCanteen(new CanteenTariff(LocalDate.of(2026, 9, 1), List.of(), Money.ofCents(420),
                    Money.ofCents(500), Money.ofCents(150)));
        });
    }

    private static CompletableFuture<JsonNode> issue(ForkedPortal portal, String month) {
        return portal.send("POST", "/api/v1/admin/billing-runs", portal.admin, Map.of("regie", "SCHOOL", "month", month, "issue", true),
                Duration.ofMinutes(2)).thenApply(response -> {
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("run answered " + response.statusCode() + ": " + response.body());
                    }
                    return new ForkedPortal.Answer(response.statusCode(), response.body()).json();
                });
    }

    /** The portal in a new JVM on the test's database, with the clock on 5 November 2026. */
    private ForkedPortal start(String name) throws Exception {
        ForkedPortal portal = ForkedPortal.start(BillingCrashTarget.class, dbUrl, dataDir, "2026-11-05T09:00:00+01:00", name);
        portals.add(portal);
        return portal;
    }
}
