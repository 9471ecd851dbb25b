package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.ResetRequests;
import fr.espacefamille.application.inmemory.InMemoryResetRequests;

/** What every {@link ResetRequests} store does. */
abstract class ResetRequestsContract extends StoreContract {

    private static final Duration WINDOW = Duration.ofHours(1);

    private ResetRequests requests;

    ResetRequestsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void store() {
        requests = backend.store(InMemoryResetRequests::new, JdbiResetRequests::new);
    }

    private int requestAt(String requester, Instant at) {
        return requests.record(requester, at, at.minus(WINDOW));
    }

    @Test
    void counts_a_requester_s_requests_within_the_window() {
        assertThat(requestAt("account:a", NOW)).isEqualTo(1);
        assertThat(requestAt("account:a", NOW.plusSeconds(60))).isEqualTo(2);
        assertThat(requestAt("login:nobody", NOW.plusSeconds(61))).isEqualTo(1);
        assertThat(requestAt("account:a", NOW.plus(WINDOW))).isEqualTo(3);
        assertThat(requestAt("account:a", NOW.plus(WINDOW).plusSeconds(1))).isEqualTo(3);
        assertThat(requestAt("account:a", NOW.plus(WINDOW.multipliedBy(3)))).isEqualTo(1);
    }
}
