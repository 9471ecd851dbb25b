package fr.espacefamille.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.account.Sessions.Session;
import fr.espacefamille.application.account.Sessions.SignedIn;
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

    /** The database, where reading a batch of digests that holds one starting with "held-" waits until released. */
    private final class HeldStore implements Sessions {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        final List<List<String>> batches = new CopyOnWriteArrayList<>();

        final List<Map<String, Instant>> touched = new CopyOnWriteArrayList<>();

        @Override
        public Map<String, SignedIn> signedInAmong(Collection<String> digests, Function<AccountId, Optional<Account>> accounts) {
            batches.add(List.copyOf(digests));
            holdIfAsked(digests);
            return database.signedInAmong(digests, accounts);
        }

        @Override
        public void touchAll(Map<String, Instant> lastUses) {
            touched.add(new LinkedHashMap<>(lastUses));
            holdIfAsked(lastUses.keySet());
            database.touchAll(lastUses);
        }

        private void holdIfAsked(Collection<String> digests) {
            if (digests.stream().anyMatch(d -> d.startsWith("held-"))) {
                held.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public Optional<Session> byTokenDigest(String digest) {
            return database.byTokenDigest(digest);
        }

        @Override
        public void add(Session s) {
            database.add(s);
        }

        @Override
        public void remove(String digest) {
            database.remove(digest);
        }

        @Override
        public void removeAllOf(AccountId account, String keepDigest) {
            database.removeAllOf(account, keepDigest);
        }
    }

    private final Account account = new Account(parent, new Username("claire"), "claire@example.fr", "hash", Role.SCHOOL_AGENT, null, null, NOON);
    private final Function<AccountId, Optional<Account>> accounts = id -> id.equals(parent) ? Optional.of(account) : Optional.empty();

    /** Starts a thread asking for {@code digest}'s session into {@code answers}, and waits until it waits. */
    private Thread asking(RecentSessions recent, String digest, Map<String, Optional<SignedIn>> answers) {
        return waiting(new Thread(() -> answers.put(digest, recent.signedIn(digest, accounts))));
    }

    /** Starts a thread touching {@code digest}'s session, and waits until it waits. */
    private Thread touching(RecentSessions recent, String digest, Instant at) {
        return waiting(new Thread(() -> recent.touch(digest, at)));
    }

    private static Thread waiting(Thread thread) {
        thread.start();
        while (thread.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        return thread;
    }

    @Test
    // should a read not wait where expected, fail instead of spinning for ever
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void unknown_tokens_asked_while_a_read_runs_are_read_together_next_each_getting_its_own_session() throws Exception {
        HeldStore store = new HeldStore();
        RecentSessions recent = new RecentSessions(store, ticker);
        List<String> crowd = List.of("crowd-1", "crowd-2", "crowd-3", "crowd-4");
        crowd.forEach(digest -> database.add(new Session(digest, parent, NOON, NOON, NOON.plus(Duration.ofHours(12)))));
        Map<String, Optional<SignedIn>> answers = new ConcurrentHashMap<>();

        List<Thread> threads = new ArrayList<>();
        threads.add(asking(recent, "held-0", answers));
        store.held.await();
        for (String digest : List.of("crowd-1", "crowd-2", "unknown", "crowd-3", "crowd-4")) {
            threads.add(asking(recent, digest, answers));
        }
        store.released.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(store.batches).containsExactly(List.of("held-0"), List.of("crowd-1", "crowd-2", "unknown", "crowd-3", "crowd-4"));
        assertThat(answers.get("held-0")).isEmpty();
        assertThat(answers.get("unknown")).isEmpty();
        crowd.forEach(digest -> assertThat(answers.get(digest)).as(digest).get().extracting(s -> s.session().tokenDigest()).isEqualTo(digest));
        assertThat(recent.signedIn("crowd-1", accounts)).as("remembered").contains(answers.get("crowd-1").orElseThrow());
        assertThat(store.batches).hasSize(2);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void touches_asked_while_one_is_written_are_written_together_next_each_session_to_its_latest_use_in_the_order_of_digests()
            throws Exception {
        HeldStore store = new HeldStore();
        RecentSessions recent = new RecentSessions(store, ticker);
        List.of("held-0", "crowd-a", "crowd-b", "crowd-c")
                .forEach(digest -> database.add(new Session(digest, parent, NOON, NOON, NOON.plus(Duration.ofHours(12)))));
        Instant later = NOON.plus(Duration.ofMinutes(5));
        recent.signedIn("crowd-a", accounts);

        List<Thread> threads = new ArrayList<>();
        threads.add(touching(recent, "held-0", later));
        store.held.await();
        threads.add(touching(recent, "crowd-c", later));
        threads.add(touching(recent, "crowd-b", later.plusSeconds(1)));
        threads.add(touching(recent, "crowd-a", later));
        threads.add(touching(recent, "crowd-b", later));
        store.released.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(store.touched).hasSize(2);
        assertThat(store.touched.get(0)).containsExactly(Map.entry("held-0", later));
        assertThat(store.touched.get(1)).containsExactly(Map.entry("crowd-a", later), Map.entry("crowd-b", later.plusSeconds(1)),
                Map.entry("crowd-c", later));
        assertThat(database.byTokenDigest("crowd-b")).get().extracting(Session::lastUsedAt).isEqualTo(later.plusSeconds(1));
        assertThat(recent.signedIn("crowd-a", accounts)).as("forgotten once touched: read again").get()
                .extracting(s -> s.session().lastUsedAt()).isEqualTo(later);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void an_unknown_token_asked_soon_while_a_read_runs_does_not_hold_its_caller_and_is_answered_by_the_next_batch() throws Exception {
        HeldStore store = new HeldStore();
        RecentSessions recent = new RecentSessions(store, ticker);
        database.add(session);
        Map<String, Optional<SignedIn>> answers = new ConcurrentHashMap<>();
        Thread crowd = asking(recent, "held-0", answers);
        store.held.await();

        CompletableFuture<Optional<SignedIn>> soon = recent.signedInSoon("digest-1", accounts);
        CompletableFuture<Optional<SignedIn>> unknown = recent.signedInSoon("unknown", accounts);
        assertThat(soon).as("queued behind the running read, the caller free").isNotDone();
        assertThat(unknown).isNotDone();
        store.released.countDown();
        crowd.join();

        assertThat(soon.join()).get().extracting(s -> s.session().tokenDigest()).isEqualTo("digest-1");
        assertThat(unknown.join()).isEmpty();
        assertThat(store.batches).containsExactly(List.of("held-0"), List.of("digest-1", "unknown"));
        assertThat(recent.signedInSoon("digest-1", accounts)).as("remembered: answered at once").isCompletedWithValue(soon.join());
        assertThat(store.batches).hasSize(2);
    }

    @Test
    // without the way around the crowd, the known session's read would wait for ever: fail instead of hanging
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_known_session_is_read_again_while_a_batch_of_unknown_tokens_is_being_read() throws Exception {
        HeldStore store = new HeldStore();
        RecentSessions recent = new RecentSessions(store, ticker);
        database.add(session);
        recent.signedIn("digest-1", accounts);
        Thread crowd = new Thread(() -> recent.signedIn("held-0", accounts));
        crowd.start();
        try {
            store.held.await();
            Instant later = NOON.plus(Duration.ofMinutes(5));
            database.touch("digest-1", later);
            ticker.advance(RecentSessions.FRESHNESS);

            assertThat(recent.signedIn("digest-1", accounts)).as("read again from the store").get()
                    .extracting(s -> s.session().lastUsedAt()).isEqualTo(later);
        } finally {
            store.released.countDown();
            crowd.join();
        }
    }
}
