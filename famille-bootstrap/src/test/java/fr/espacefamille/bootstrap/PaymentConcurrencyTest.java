package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.bootstrap.PaymentTown.Attempt;
import fr.espacefamille.bootstrap.PaymentTown.Billed;

/**
 * The provider resends a notification, possibly many times at once: the same valid notification
 * sent 20 times in parallel over HTTP records exactly one payment, on PostgreSQL and on H2; after a
 * restart the payment is still there and the notification, sent again, still changes nothing.
 */
class PaymentConcurrencyTest {

    private static final String NOW = "2026-10-02T09:00:00+02:00";
    private static final int COPIES = 20;

    @Test
    void postgres_records_one_payment_for_twenty_parallel_copies() throws Exception {
        try (BillingTown town = new BillingTown(NOW, TestDatabases.freshMigratedPostgresUrl(), TestDatabases.POSTGRES_USER,
                TestDatabases.POSTGRES_USER)) {
            twentyCopiesRecordOnePayment(town);
        }
    }

    @Test
    void h2_records_one_payment_for_twenty_parallel_copies() throws Exception {
        try (BillingTown town = new BillingTown(NOW)) {
            twentyCopiesRecordOnePayment(town);
        }
    }

    private static void twentyCopiesRecordOnePayment(BillingTown town) throws Exception {
        town.demoTariffs();
        PaymentTown payments = new PaymentTown(town);
        Billed billed = payments.billed("Concurrence", "2026-09");
        Attempt attempt = payments.start(billed);
        String notification = payments.paid(attempt.reference(), attempt.amountCents(), "90001");

        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestPortal.Response>> copies = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                copies.add(pool.submit(() -> {
                    start.await();
                    return payments.notify(notification);
                }));
            }
            start.countDown();
            for (Future<TestPortal.Response> copy : copies) {
                statuses.add(copy.get().status());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(COPIES).containsOnly(200);
        JsonNode invoice = payments.invoice(billed);
        assertThat(invoice.get("payments")).hasSize(1);
        assertThat(invoice.get("paidCents").asLong()).isEqualTo(attempt.amountCents());
        assertThat(invoice.get("status").asText()).isEqualTo("PAID");
        assertThat(Outbox.to(town.portal, billed.email())).filteredOn(m -> m.subject().startsWith("Paiement reçu")).hasSize(1);

        town.portal = town.portal.restart();
        assertThat(payments.notify(notification).status()).as("resent after a restart").isEqualTo(200);
        JsonNode restarted = payments.invoice(billed);
        assertThat(restarted.get("payments")).hasSize(1);
        assertThat(restarted.get("status").asText()).isEqualTo("PAID");
    }
}
