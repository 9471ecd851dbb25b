package fr.espacefamille.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.account.Sessions.Session;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;

class RecentSessionsTest {

    private static final Instant NOON = Instant.parse("2026-09-07T10:00:00Z");
    private final MovableClock ticker = new MovableClock(NOON);
    /** The database as another instance sees and changes it. */
    private final Sessions database = new InMemorySessions(new InMemoryTransactions());
    private final RecentSessions sessions = new RecentSessions(database, ticker);
    private final AccountId parent = AccountId.random();
    private final Session session = new Session("digest-1", parent, NOON, NOON, NOON.plus(Duration.ofHours(12)));

    @Test
    void a_sign_out_through_this_instance_is_seen_at_once() {
        sessions.add(session);
        assertThat(sessions.byTokenDigest("digest-1")).contains(session);
        sessions.remove("digest-1");
        assertThat(sessions.byTokenDigest("digest-1")).isEmpty();
    }

    @Test
    void ending_every_session_of_an_account_through_this_instance_is_seen_at_once_except_the_kept_one() {
        Session other = new Session("digest-2", parent, NOON, NOON, NOON.plus(Duration.ofHours(12)));
        sessions.add(session);
        sessions.add(other);
        assertThat(sessions.byTokenDigest("digest-1")).isPresent();
        assertThat(sessions.byTokenDigest("digest-2")).isPresent();
        sessions.removeAllOf(parent, "digest-2");
        assertThat(sessions.byTokenDigest("digest-1")).isEmpty();
        assertThat(sessions.byTokenDigest("digest-2")).contains(other);
    }

    @Test
    void a_sign_out_on_another_instance_is_seen_once_the_freshness_has_run_out() {
        database.add(session);
        assertThat(sessions.byTokenDigest("digest-1")).isPresent();
        database.remove("digest-1");
        ticker.advance(RecentSessions.FRESHNESS.minusMillis(1));
        assertThat(sessions.byTokenDigest("digest-1")).as("remembered for a moment").isPresent();
        ticker.advance(Duration.ofMillis(1));
        assertThat(sessions.byTokenDigest("digest-1")).isEmpty();
    }

    @Test
    void a_touch_is_read_back_at_once() {
        sessions.add(session);
        sessions.byTokenDigest("digest-1");
        Instant later = NOON.plus(Duration.ofMinutes(5));
        sessions.touch("digest-1", later);
        assertThat(sessions.byTokenDigest("digest-1")).get().extracting(Session::lastUsedAt).isEqualTo(later);
    }

    @Test
    void unknown_tokens_are_asked_again_every_time() {
        assertThat(sessions.byTokenDigest("digest-1")).isEmpty();
        database.add(session);
        assertThat(sessions.byTokenDigest("digest-1")).contains(session);
    }

    @Test
    void a_remembered_session_takes_its_account_from_the_given_accounts_and_a_new_one_reads_both() {
        Account account = new Account(parent, new Username("claire"), "claire@example.fr", "hash", Role.SCHOOL_AGENT, null, null, NOON);
        database.add(session);
        List<AccountId> asked = new ArrayList<>();
        Function<AccountId, Optional<Account>> accounts = id -> {
            asked.add(id);
            return Optional.of(account);
        };

        assertThat(sessions.signedIn("digest-1", accounts)).contains(new Sessions.SignedIn(session, account));
        assertThat(sessions.signedIn("digest-1", accounts)).contains(new Sessions.SignedIn(session, account));
        assertThat(asked).as("asked once by the store, once for the remembered session").containsExactly(parent, parent);
        database.remove("digest-1");
        ticker.advance(RecentSessions.FRESHNESS);
        assertThat(sessions.signedIn("digest-1", accounts)).isEmpty();
    }

    @Test
    // without the way around the crowd, the known session's read would wait for ever: fail instead of hanging
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_known_session_is_read_again_while_a_crowd_of_new_tokens_holds_every_read_of_unknown_ones() throws Exception {
        CountDownLatch crowdInside = new CountDownLatch(RecentSessions.READS_AT_ONCE);
        CountDownLatch crowdReleased = new CountDownLatch(1);
        Sessions slowForTheCrowd = new Sessions() {
            @Override
            public Optional<Session> byTokenDigest(String digest) {
                if (digest.startsWith("crowd-")) {
                    crowdInside.countDown();
                    try {
                        crowdReleased.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return database.byTokenDigest(digest);
            }

            @Override
            public void add(Session s) {
                database.add(s);
            }

            @Override
            public void touch(String digest, Instant at) {
                database.touch(digest, at);
            }

            @Override
            public void remove(String digest) {
                database.remove(digest);
            }

            @Override
            public void removeAllOf(AccountId account, String keepDigest) {
                database.removeAllOf(account, keepDigest);
            }
        };
        RecentSessions recent = new RecentSessions(slowForTheCrowd, ticker);
        database.add(session);
        recent.byTokenDigest("digest-1");
        ExecutorService crowd = Executors.newFixedThreadPool(RecentSessions.READS_AT_ONCE, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < RecentSessions.READS_AT_ONCE; i++) {
                String digest = "crowd-" + i;
                crowd.submit(() -> recent.byTokenDigest(digest));
            }
            crowdInside.await();
            Instant later = NOON.plus(Duration.ofMinutes(5));
            database.touch("digest-1", later);
            ticker.advance(RecentSessions.FRESHNESS);

            assertThat(recent.byTokenDigest("digest-1")).as("read again from the store").get().extracting(Session::lastUsedAt).isEqualTo(later);
        } finally {
            crowdReleased.countDown();
            crowd.shutdown();
        }
    }
}
