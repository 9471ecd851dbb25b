package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.adapter.jdbc.Fixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.FranceConnectLinks;
import fr.espacefamille.application.inmemory.InMemoryFranceConnectLinks;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/** What every {@link FranceConnectLinks} store does. */
abstract class FranceConnectLinksContract extends StoreContract {

    private FranceConnectLinks links;
    private Account alice;
    private Account bob;

    FranceConnectLinksContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void twoAccounts() {
        links = backend.store(InMemoryFranceConnectLinks::new, JdbiFranceConnectLinks::new);
        alice = agent("alice");
        bob = agent("bob");
        backend.accounts().add(alice);
        backend.accounts().add(bob);
    }

    @Test
    void links_one_identity_to_one_account_both_ways() {
        assertThat(links.link("sub-a", alice.id(), NOW)).isTrue();

        assertThat(links.accountOf("sub-a")).contains(alice.id());
        assertThat(links.subjectOf(alice.id())).contains("sub-a");
        assertThat(links.accountOf("sub-b")).isEmpty();
        assertThat(links.subjectOf(bob.id())).isEmpty();
    }

    @Test
    void refuses_a_second_link_of_the_identity_or_of_the_account() {
        links.link("sub-a", alice.id(), NOW);

        assertThat(links.link("sub-a", bob.id(), NOW)).isFalse();
        assertThat(links.link("sub-b", alice.id(), NOW)).isFalse();
        assertThat(links.accountOf("sub-a")).contains(alice.id());
        assertThat(links.accountOf("sub-b")).isEmpty();
    }

    @Test
    void unlinks_an_account_which_may_then_be_linked_again() {
        links.link("sub-a", alice.id(), NOW);

        assertThat(links.unlink(alice.id())).isTrue();
        assertThat(links.unlink(alice.id())).isFalse();
        assertThat(links.accountOf("sub-a")).isEmpty();
        assertThat(links.link("sub-b", alice.id(), NOW)).isTrue();
    }

    @Test
    void holds_a_pending_identity_until_it_expires_or_is_removed() {
        var identity = new FranceConnectIdentity("sub-p", "Inès", "Martin", LocalDate.of(1988, 4, 2), "ines@example.fr");
        links.holdPending("digest-1", identity, NOW.plus(Duration.ofMinutes(15)));

        assertThat(links.pending("digest-1", NOW)).hasValueSatisfying(found -> {
            assertThat(found.subject()).isEqualTo("sub-p");
            assertThat(found.fullName()).isEqualTo("Inès Martin");
            assertThat(found.birthdate()).isEqualTo(LocalDate.of(1988, 4, 2));
            assertThat(found.email()).isEqualTo("ines@example.fr");
        });
        assertThat(links.pending("digest-1", NOW.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(links.pending("digest-2", NOW)).isEmpty();

        links.removePending("digest-1");
        assertThat(links.pending("digest-1", NOW)).isEmpty();
    }
}
