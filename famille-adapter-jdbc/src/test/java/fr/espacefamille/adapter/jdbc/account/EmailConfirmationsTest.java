package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.EmailConfirmations;
import fr.espacefamille.application.account.EmailConfirmations.PendingConfirmation;
import fr.espacefamille.application.inmemory.InMemoryEmailConfirmations;
import fr.espacefamille.domain.account.Account;

/** What every {@link EmailConfirmations} store does. */
abstract class EmailConfirmationsContract extends StoreContract {

    private EmailConfirmations confirmations;
    private Account nadia;
    private Account omar;

    EmailConfirmationsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void twoApplicants() {
        confirmations = backend.store(InMemoryEmailConfirmations::new, JdbiEmailConfirmations::new);
        nadia = Fixtures.applicant("nadia");
        omar = Fixtures.applicant("omar");
        backend.accounts().add(nadia);
        backend.accounts().add(omar);
    }

    private PendingConfirmation pending(Account account, String digest) {
        return new PendingConfirmation(account.id(), digest, NOW.plus(Duration.ofHours(24)), NOW);
    }

    @Test
    void finds_a_pending_confirmation_by_digest_and_by_account() {
        confirmations.replace(pending(nadia, "digest-n1"));

        assertThat(confirmations.byDigest("digest-n1")).contains(pending(nadia, "digest-n1"));
        assertThat(confirmations.of(nadia.id())).contains(pending(nadia, "digest-n1"));
        assertThat(confirmations.byDigest("digest-zz")).isEmpty();
        assertThat(confirmations.of(omar.id())).isEmpty();
    }

    @Test
    void a_newer_link_replaces_the_older_one_of_the_same_account_only() {
        confirmations.replace(pending(nadia, "digest-n1"));
        confirmations.replace(pending(omar, "digest-o1"));
        PendingConfirmation newer = new PendingConfirmation(nadia.id(), "digest-n2", NOW.plus(Duration.ofHours(48)),
                NOW.plus(Duration.ofHours(24)));

        confirmations.replace(newer);

        assertThat(confirmations.byDigest("digest-n1")).isEmpty();
        assertThat(confirmations.of(nadia.id())).contains(newer);
        assertThat(confirmations.byDigest("digest-o1")).isPresent();
    }

    @Test
    void a_confirmation_is_consumed_once_and_the_account_is_then_confirmed() {
        confirmations.replace(pending(nadia, "digest-n1"));
        confirmations.replace(pending(omar, "digest-o1"));

        assertThat(confirmations.consume("digest-n1")).isTrue();
        assertThat(confirmations.consume("digest-n1")).isFalse();
        assertThat(confirmations.of(nadia.id())).isEmpty();
        assertThat(confirmations.of(omar.id())).isPresent();
    }
}
