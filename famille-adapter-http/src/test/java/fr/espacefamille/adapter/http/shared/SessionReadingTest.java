package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.account.RecentSessions;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import io.javalin.Javalin;

/** A crowd of fresh sessions is read without a request thread each: the requests wait suspended, then are answered. */
class SessionReadingTest {

    private static final WebSettings SETTINGS = new WebSettings(URI.create("http://localhost"), false, List.of());
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String HELD = "jeton-retenu";
    private static final String BROKEN = "jeton-casse";

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAccounts accounts = new InMemoryAccounts(transactions);
    private final HeldStore store = new HeldStore(new InMemorySessions(transactions));
    /** How many sessions were asked for without waiting. */
    private final AtomicInteger asked = new AtomicInteger();
    private final Sessions sessions = around(new RecentSessions(store.sessions, Clock.systemUTC()), (method, args) -> {
        if (method.getName().equals("signedInSoon")) {
            asked.incrementAndGet();
        }
    });
    private final Account claire = new Account(AccountId.random(), new Username("claire"), "claire@example.fr", "hash", Role.SCHOOL_AGENT,
            null, null, Instant.now());
    private Javalin app;

    @AfterEach
    void stop() {
        store.released.countDown();
        if (app != null) {
            app.stop();
        }
    }

    private void start() {
        accounts.add(claire);
        Authenticate authenticate = new Authenticate(sessions, new RecentAccounts(accounts, transactions, Clock.systemUTC()), Clock.systemUTC());
        Feature me = routes -> routes.get(Web.API + "/moi", ctx -> ctx.result(Web.actor(ctx).username()));
        app = HttpApp.create(SETTINGS, authenticate, List.of(me)).start(0);
    }

    private String signedIn() {
        String token = Secrets.newToken();
        Instant now = Instant.now();
        store.sessions.add(new Sessions.Session(Secrets.digest(token), claire.id(), now, now, now.plus(Duration.ofHours(1))));
        return token;
    }

    private CompletableFuture<HttpResponse<String>> me(String token) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + Web.API + "/moi"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Request threads now inside the authentication, whatever they do there. */
    private static long threadsAuthenticating() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(Authenticate.class.getName()))).count();
    }

    @Test
    // with a thread held per request, the count below never falls to one: fail rather than spin
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void requests_waiting_for_their_fresh_sessions_hold_no_thread_and_each_is_answered_as_its_session_says() throws Exception {
        start();
        CompletableFuture<HttpResponse<String>> first = me(HELD);
        store.held.await();
        List<CompletableFuture<HttpResponse<String>>> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(me(signedIn()));
        }
        CompletableFuture<HttpResponse<String>> stranger = me("jeton-inconnu");

        while (asked.get() < 22 || threadsAuthenticating() != 1) {
            Thread.sleep(20);
        }
        assertThat(crowd).as("waiting behind the held read").noneMatch(CompletableFuture::isDone);
        store.released.countDown();

        assertThat(first.join().statusCode()).isEqualTo(401);
        assertThat(stranger.join().statusCode()).isEqualTo(401);
        for (CompletableFuture<HttpResponse<String>> answer : crowd) {
            assertThat(answer.join().statusCode()).isEqualTo(200);
            assertThat(answer.join().body()).isEqualTo("claire");
        }
        assertThat(store.batches).as("the crowd read in one batch after the held one").hasSize(2);
        assertThat(store.batches.get(1)).hasSize(21);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_session_read_that_fails_is_answered_as_a_server_error_not_left_hanging() throws Exception {
        start();
        store.released.countDown();
        HttpResponse<String> answer = me(BROKEN).join();
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("INTERNAL_ERROR").doesNotContain("base indisponible");
        assertThat(me(signedIn()).join().body()).as("the next request is read again").isEqualTo("claire");
    }

    /** The store, where a batch holding the held token's digest waits until released, and the broken one's fails. */
    private static final class HeldStore {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final Sessions sessions;

        HeldStore(Sessions database) {
            sessions = around(database, (method, args) -> {
                if (method.getName().equals("signedInAmong")) {
                    Collection<?> digests = (Collection<?>) args[0];
                    batches.add(digests.stream().map(String.class::cast).toList());
                    if (digests.contains(Secrets.digest(BROKEN))) {
                        throw new IllegalStateException("base indisponible");
                    }
                    if (digests.contains(Secrets.digest(HELD))) {
                        held.countDown();
                        released.await();
                    }
                }
            });
        }
    }

    private interface Before {
        void call(Method method, Object[] args) throws Exception;
    }

    /** {@code sessions}, with {@code before} told of each call first. */
    private static Sessions around(Sessions sessions, Before before) {
        return (Sessions) Proxy.newProxyInstance(Sessions.class.getClassLoader(), new Class<?>[] {Sessions.class}, (proxy, method, args) -> {
            before.call(method, args);
            try {
                return method.invoke(sessions, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
