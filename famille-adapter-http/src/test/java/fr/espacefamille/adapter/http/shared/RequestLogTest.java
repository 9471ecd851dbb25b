package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import io.javalin.Javalin;

class RequestLogTest {

    private static final InMemoryTransactions TRANSACTIONS = new InMemoryTransactions();
    private static final Authenticate AUTHENTICATE = new Authenticate(new InMemorySessions(TRANSACTIONS),
            new RecentAccounts(new InMemoryAccounts(TRANSACTIONS), TRANSACTIONS, Clock.systemUTC()), Clock.systemUTC());

    @Test
    void every_request_id_is_a_new_uuid() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestLog.newId();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    /** The request log's own events, with the request id of their logging context. */
    private static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> ids = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            ids.add(event.getMDCPropertyMap().get(RequestLog.REQUEST_ID));
        }
    }

    @Test
    void an_answer_from_a_future_is_logged_with_its_own_request_id() throws Exception {
        Logger requests = (Logger) LoggerFactory.getLogger("requete");
        Capture capture = new Capture();
        capture.setContext(requests.getLoggerContext());
        capture.start();
        requests.addAppender(capture);
        ch.qos.logback.classic.Level level = requests.getLevel();
        requests.setLevel(ch.qos.logback.classic.Level.INFO);
        Feature later = routes -> routes.get(Web.API + "/plus-tard", ctx -> ctx.future(() -> CompletableFuture.supplyAsync(() -> "fait",
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)).thenAccept(ctx::result)));
        Javalin app = HttpApp.create(new WebSettings(URI.create("http://localhost"), false, List.of()), AUTHENTICATE, List.of(later)).start(0);
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port() + Web.API + "/plus-tard")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).isEqualTo("fait");
            String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (capture.ids.isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(capture.ids).containsExactly(id);
        } finally {
            app.stop();
            requests.detachAppender(capture);
            requests.setLevel(level);
        }
    }

    @Test
    void a_request_s_thread_leaves_no_request_id_behind_once_handled() throws Exception {
        SessionReading filter = new SessionReading(AUTHENTICATE);
        Map<String, Object> attributes = new java.util.HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getRequestURI" -> Web.API + "/moi";
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
        MDC.put(RequestLog.REQUEST_ID, "requete-precedente");
        try {
            filter.doFilter(request, null, (req, res) -> MDC.put(RequestLog.REQUEST_ID, "cette-requete"));
            assertThat(MDC.get(RequestLog.REQUEST_ID)).isNull();
        } finally {
            MDC.remove(RequestLog.REQUEST_ID);
        }
    }
}
