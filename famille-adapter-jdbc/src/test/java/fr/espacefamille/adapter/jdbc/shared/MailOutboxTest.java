package fr.espacefamille.adapter.jdbc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Mail;

/** The transactional mail outbox on H2 and PostgreSQL. */
class MailOutboxTest {

    @Nested
    class H2 extends Contract {
        H2() {
            super(TestDatabases::freshH2);
        }
    }

    @Nested
    class Postgres extends Contract {
        Postgres() {
            super(TestDatabases::freshPostgres);
        }
    }

    abstract static class Contract {

        private final Database database;
        private final MovableClock ticker = new MovableClock(Instant.parse("2026-09-07T06:00:00Z"));
        private final JdbiMailOutbox outbox;
        private final JdbiTransactions transactions;

        Contract(Supplier<Database> database) {
            this.database = database.get();
            this.outbox = new JdbiMailOutbox(this.database.context(), ticker);
            this.transactions = new JdbiTransactions(this.database.context());
        }

        @AfterEach
        void close() {
            database.close();
        }

        private static Mail mail(String to) {
            return new Mail(to, "Réinitialisation", "Votre lien : https://famille.example/x", "<p>Votre lien</p>");
        }

        @Test
        void a_mail_queued_in_a_transaction_that_rolls_back_is_never_sent() {
            try {
                transactions.run(() -> {
                    outbox.send(mail("annule@example.fr"));
                    throw new IllegalStateException("the change fails");
                });
            } catch (IllegalStateException expected) {
                // rolled back with the mail
            }
            transactions.run(() -> outbox.send(mail("claire@example.fr")));

            List<Mail> sent = new ArrayList<>();
            assertThat(outbox.relay(sent::add)).isEqualTo(1);
            assertThat(sent).containsExactly(mail("claire@example.fr"));
            assertThat(outbox.relay(sent::add)).as("never twice").isZero();
            assertThat(outbox.backlog()).isEqualTo(JdbiMailOutbox.Backlog.NONE);
        }

        @Test
        void a_refused_mail_is_tried_again_after_a_growing_delay_then_sent_once() {
            outbox.send(mail("claire@example.fr"));
            Instant queued = ticker.instant();
            assertThat(outbox.relay(m -> {
                throw new IllegalStateException("421 try later");
            })).isZero();
            assertThat(outbox.backlog()).isEqualTo(new JdbiMailOutbox.Backlog(1, Optional.of(queued)));

            List<Mail> sent = new ArrayList<>();
            ticker.advance(Duration.ofSeconds(9));
            assertThat(outbox.relay(sent::add)).as("not due before 10 s").isZero();
            ticker.advance(Duration.ofSeconds(1));
            assertThat(outbox.relay(m -> {
                throw new IllegalStateException("421 try later");
            })).isZero();
            ticker.advance(Duration.ofSeconds(19));
            assertThat(outbox.relay(sent::add)).as("then 20 s").isZero();
            ticker.advance(Duration.ofSeconds(1));
            assertThat(outbox.relay(sent::add)).isEqualTo(1);
            assertThat(sent).containsExactly(mail("claire@example.fr"));
            assertThat(JdbiMailOutbox.retryDelay(30)).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void several_instances_relaying_at_once_send_each_mail_exactly_once() throws Exception {
            IntStream.range(0, 40).forEach(i -> outbox.send(mail("parent" + i + "@example.fr")));
            assertThat(outbox.backlog().pending()).isEqualTo(40);
            Queue<String> delivered = new ConcurrentLinkedQueue<>();
            List<Callable<Integer>> instances = IntStream.range(0, 4).mapToObj(i -> (Callable<Integer>) () ->
                    new JdbiMailOutbox(database.context(), ticker).relay(m -> delivered.add(m.to()))).toList();
            ExecutorService threads = Executors.newFixedThreadPool(instances.size());
            try {
                int total = 0;
                for (var relayed : threads.invokeAll(instances)) {
                    total += relayed.get();
                }
                assertThat(total).isEqualTo(40);
            } finally {
                threads.shutdown();
            }
            assertThat(delivered).hasSize(40).doesNotHaveDuplicates();
            assertThat(outbox.backlog()).isEqualTo(JdbiMailOutbox.Backlog.NONE);
        }

        @Test
        void a_claim_left_by_a_crashed_instance_lapses_and_another_sends_the_mail() {
            outbox.send(mail("claire@example.fr"));
            try {
                outbox.relay(m -> {
                    throw new Error("the instance dies while sending");
                });
            } catch (Error died) {
                // its claim stays behind
            }

            List<Mail> sent = new ArrayList<>();
            assertThat(outbox.relay(sent::add)).as("still claimed").isZero();
            ticker.advance(JdbiMailOutbox.CLAIM.plusSeconds(1));
            assertThat(outbox.relay(sent::add)).isEqualTo(1);
        }
    }
}
