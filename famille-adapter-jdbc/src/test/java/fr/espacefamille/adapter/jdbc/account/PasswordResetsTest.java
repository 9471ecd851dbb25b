package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.adapter.jdbc.Fixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.PasswordResets;
import fr.espacefamille.application.account.PasswordResets.StoredReset;
import fr.espacefamille.application.inmemory.InMemoryPasswordResets;
import fr.espacefamille.domain.account.Account;

/** What every {@link PasswordResets} store does. */
abstract class PasswordResetsContract extends StoreContract {

    private PasswordResets resets;
    private Account alice;
    private Account bob;

    PasswordResetsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void twoAccounts() {
        resets = backend.store(InMemoryPasswordResets::new, JdbiPasswordResets::new);
        alice = agent("alice");
        bob = agent("bob");
        backend.accounts().add(alice);
        backend.accounts().add(bob);
    }

    private StoredReset reset(Account account, String digest) {
        return new StoredReset(account.id(), digest, NOW.plus(Duration.ofHours(1)), NOW);
    }

    @Test
    void finds_a_link_by_digest() {
        resets.replace(reset(alice, "digest-a1"));

        assertThat(resets.byDigest("digest-a1")).contains(reset(alice, "digest-a1"));
        assertThat(resets.byDigest("digest-zz")).isEmpty();
    }

    @Test
    void a_newer_link_replaces_the_older_one_of_the_same_account_only() {
        resets.replace(reset(alice, "digest-a1"));
        resets.replace(reset(bob, "digest-b1"));
        StoredReset newer = new StoredReset(alice.id(), "digest-a2", NOW.plus(Duration.ofHours(2)), NOW.plusSeconds(3600));

        resets.replace(newer);

        assertThat(resets.byDigest("digest-a1")).isEmpty();
        assertThat(resets.byDigest("digest-a2")).contains(newer);
        assertThat(resets.byDigest("digest-b1")).isPresent();
    }

    @Test
    void a_link_is_consumed_once() {
        resets.replace(reset(alice, "digest-a1"));

        assertThat(resets.consume("digest-a1")).isTrue();
        assertThat(resets.consume("digest-a1")).isFalse();
        assertThat(resets.byDigest("digest-a1")).isEmpty();
    }

    @Test
    void removing_an_account_s_link_leaves_the_others() {
        resets.replace(reset(alice, "digest-a1"));
        resets.replace(reset(bob, "digest-b1"));

        resets.removeOf(alice.id());
        resets.removeOf(alice.id());

        assertThat(resets.byDigest("digest-a1")).isEmpty();
        assertThat(resets.byDigest("digest-b1")).isPresent();
    }
}
