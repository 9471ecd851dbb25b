package fr.espacefamille.adapter.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.InvoiceNumbers;
import fr.espacefamille.domain.billing.Regie;

/** What every {@link InvoiceNumbers} counter does. */
abstract class InvoiceNumbersContract extends StoreContract {

    private InvoiceNumbers numbers;

    InvoiceNumbersContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        numbers = BillingFixtures.numbers(backend);
    }

    private long take(Regie regie, int year, int count) {
        return backend.transactions().inTransaction(() -> numbers.take(regie, year, count));
    }

    @Test
    void numbers_follow_one_another_per_regie_and_year() {
        assertThat(take(Regie.SCHOOL, 2026, 3)).isZero();
        assertThat(take(Regie.SCHOOL, 2026, 2)).isEqualTo(3);
        assertThat(take(Regie.EARLY_CHILDHOOD, 2026, 1)).isZero();
        assertThat(take(Regie.SCHOOL, 2027, 1)).isZero();
        assertThat(take(Regie.SCHOOL, 2026, 1)).isEqualTo(5);
    }

    @Test
    void a_rolled_back_transaction_gives_its_numbers_back() {
        take(Regie.SCHOOL, 2026, 2);

        assertThatThrownBy(() -> backend.transactions().run(() -> {
            numbers.take(Regie.SCHOOL, 2026, 10);
            throw new IllegalStateException("crash in the middle of a run");
        })).hasMessageContaining("crash");

        assertThat(take(Regie.SCHOOL, 2026, 1)).isEqualTo(2);
    }

    @Test
    void concurrent_takers_never_get_the_same_number_nor_leave_a_gap() throws Exception {
        take(Regie.SCHOOL, 2026, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> take(Regie.SCHOOL, 2026, 2)));
            }
            List<Long> firsts = new ArrayList<>();
            for (Future<Long> future : futures) {
                firsts.add(future.get());
            }
            Collections.sort(firsts);
            for (int i = 0; i < firsts.size(); i++) {
                assertThat(firsts.get(i)).isEqualTo(1 + 2L * i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(take(Regie.SCHOOL, 2026, 1)).isEqualTo(81);
    }
}
