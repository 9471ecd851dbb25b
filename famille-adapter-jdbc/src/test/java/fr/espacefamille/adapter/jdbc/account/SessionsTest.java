package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.adapter.jdbc.Fixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.account.Sessions.Session;
import fr.espacefamille.domain.account.Account;

/** What every {@link Sessions} store does. */
class SessionsTest extends StoreContract {

    private Account alice;
    private Account bob;

    @BeforeEach
    void twoAccounts() {
        alice = agent("alice");
        bob = agent("bob");
        backend.accounts().add(alice);
        backend.accounts().add(bob);
    }

    private Sessions sessions() {
        return backend.sessions();
    }

    private Session session(String digest, Account account) {
        Session session = new Session(digest, account.id(), NOW, NOW, NOW.plus(Duration.ofHours(8)));
        sessions().add(session);
        return session;
    }

    @Test
    void reads_back_a_session_by_digest_and_nothing_for_an_unknown_one() {
        Session session = session("digest-a1", alice);

        assertThat(sessions().byTokenDigest("digest-a1")).contains(session);
        assertThat(sessions().byTokenDigest("digest-zz")).isEmpty();
    }

    @Test
    void reads_a_session_with_its_account_and_nothing_for_an_unknown_digest() {
        // created, used and expiring at other instants than the account's creation: no column is taken for another
        Session session = new Session("digest-b1", bob.id(), NOW.plusSeconds(60), NOW.plusSeconds(120), NOW.plus(Duration.ofHours(8)));
        sessions().add(session);
        session("digest-a1", alice);

        assertThat(sessions().signedIn("digest-b1", backend.accounts()::byId))
                .contains(new Sessions.SignedIn(session, backend.accounts().byId(bob.id()).orElseThrow()));
        assertThat(sessions().signedIn("digest-zz", backend.accounts()::byId)).isEmpty();
    }

    @Test
    void reads_many_sessions_with_their_accounts_at_once_leaving_unknown_digests_out() {
        Session a1 = session("digest-a1", alice);
        Session a2 = session("digest-a2", alice);
        Session b1 = new Session("digest-b1", bob.id(), NOW.plusSeconds(60), NOW.plusSeconds(120), NOW.plus(Duration.ofHours(8)));
        sessions().add(b1);
        session("digest-b2", bob);
        Account aliceRead = backend.accounts().byId(alice.id()).orElseThrow();
        Account bobRead = backend.accounts().byId(bob.id()).orElseThrow();

        assertThat(sessions().signedInAmong(List.of("digest-a1", "digest-b1", "digest-zz", "digest-a2", "digest-a1"), backend.accounts()::byId))
                .containsOnly(entry("digest-a1", new Sessions.SignedIn(a1, aliceRead)), entry("digest-a2", new Sessions.SignedIn(a2, aliceRead)),
                        entry("digest-b1", new Sessions.SignedIn(b1, bobRead)));
        assertThat(sessions().signedInAmong(List.of(), backend.accounts()::byId)).isEmpty();
    }

    @Test
    void touch_moves_only_the_last_use() {
        Session session = session("digest-a1", alice);

        sessions().touch("digest-a1", NOW.plusSeconds(90));

        assertThat(sessions().byTokenDigest("digest-a1")).contains(new Session(session.tokenDigest(), alice.id(),
                NOW, NOW.plusSeconds(90), session.expiresAt()));
    }

    @Test
    void touching_many_moves_each_last_use_to_its_own_instant_and_nothing_else() {
        Session a1 = session("digest-a1", alice);
        Session a2 = session("digest-a2", alice);
        Session b1 = session("digest-b1", bob);

        sessions().touchAll(new TreeMap<>(Map.of("digest-a1", NOW.plusSeconds(90), "digest-b1", NOW.plusSeconds(120), "digest-zz",
                NOW.plusSeconds(150))));
        sessions().touchAll(Map.of());

        assertThat(sessions().byTokenDigest("digest-a1")).contains(new Session(a1.tokenDigest(), alice.id(), NOW, NOW.plusSeconds(90), a1.expiresAt()));
        assertThat(sessions().byTokenDigest("digest-b1")).contains(new Session(b1.tokenDigest(), bob.id(), NOW, NOW.plusSeconds(120), b1.expiresAt()));
        assertThat(sessions().byTokenDigest("digest-a2")).contains(a2);
        assertThat(sessions().byTokenDigest("digest-zz")).isEmpty();
    }

    @Test
    void remove_ends_one_session() {
        session("digest-a1", alice);
        session("digest-a2", alice);

        sessions().remove("digest-a1");

        assertThat(sessions().byTokenDigest("digest-a1")).isEmpty();
        assertThat(sessions().byTokenDigest("digest-a2")).isPresent();
    }

    @Test
    void removing_all_sessions_of_an_account_keeps_the_one_asked_and_other_accounts_sessions() {
        session("digest-a1", alice);
        session("digest-a2", alice);
        session("digest-a3", alice);
        session("digest-b1", bob);

        sessions().removeAllOf(alice.id(), "digest-a2");

        assertThat(sessions().byTokenDigest("digest-a1")).isEmpty();
        assertThat(sessions().byTokenDigest("digest-a2")).isPresent();
        assertThat(sessions().byTokenDigest("digest-a3")).isEmpty();
        assertThat(sessions().byTokenDigest("digest-b1")).isPresent();
    }

    @Test
    void removing_all_sessions_of_an_account_with_none_to_keep_ends_them_all() {
        session("digest-a1", alice);
        session("digest-a2", alice);

        sessions().removeAllOf(alice.id(), null);

        assertThat(sessions().byTokenDigest("digest-a1")).isEmpty();
        assertThat(sessions().byTokenDigest("digest-a2")).isEmpty();
    }
}
