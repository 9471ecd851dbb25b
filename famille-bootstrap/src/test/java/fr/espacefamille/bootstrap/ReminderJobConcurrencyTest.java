package fr.espacefamille.bootstrap;

import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/**
 * SPEC §11 "once each, whatever restarts or instances run": two portals on one PostgreSQL database,
 * started together on the day of the first reminders, each running the job at start-up and then
 * again side by side. Every family receives its reminder once.
 */
class ReminderJobConcurrencyTest {

    private static final int FAMILIES = 12;
    private static final String DUE_PLUS_10 = "2026-11-25T07:00:00+01:00";

    @Test
    void two_instances_on_one_postgresql_send_one_email_per_reminder() throws Exception {
        String url = TestDatabases.freshMigratedPostgresUrl();
        List<String> addresses = new ArrayList<>();
        try (BillingTown town = new BillingTown("2026-10-02T09:00:00+02:00", url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER)) {
            town.demoTariffs();
            for (int i = 0; i < FAMILIES; i++) {
                CreatedFamily family = town.family("Famille" + (char) ('A' + i), 450, true, null, 1);
                town.parent(family, "parent" + i);
                addresses.add("parent" + i + "@example.fr");
                town.meals(family.child(0), LocalDate.of(2026, 9, 1), 20, BOOKED_MEAL);
            }
            town.run("SCHOOL", "2026-09", true);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TestPortal> first = pool.submit(() -> TestPortal.start(DUE_PLUS_10, url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER));
            Future<TestPortal> second = pool.submit(() -> TestPortal.start(DUE_PLUS_10, url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER));
            try (TestPortal one = first.get(); TestPortal two = second.get()) {
                for (int round = 0; round < 3; round++) {
                    CountDownLatch go = new CountDownLatch(1);
                    Future<?> a = pool.submit(() -> {
                        go.await();
                        one.runReminderJob();
                        return null;
                    });
                    Future<?> b = pool.submit(() -> {
                        go.await();
                        two.runReminderJob();
                        return null;
                    });
                    go.countDown();
                    a.get();
                    b.get();
                }
                List<Outbox.Sent> reminders = Stream.concat(Outbox.all(one).stream(), Outbox.all(two).stream())
                        .filter(mail -> mail.subject().startsWith("Première relance")).toList();
                assertThat(reminders).extracting(Outbox.Sent::to).containsExactlyInAnyOrderElementsOf(addresses);
                assertThat(Outbox.all(one).size() + Outbox.all(two).size()).as("nothing else was sent").isEqualTo(FAMILIES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
