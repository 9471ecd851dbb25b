package fr.espacefamille.adapter.http.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.Authenticate.Read;

/**
 * Reads a request's session before the request is handled, without holding its thread while the
 * session waits in a batch of fresh ones (1,000 parents signed in a moment ago, asking at 8:00): the
 * request is suspended and handled once its session is read. The handling then finishes the
 * authentication from what was read ({@link HttpApp}); a request without a token has nothing read.
 * The filter also runs on a request's dispatch after its wait, so that a thread never leaves a
 * request's id behind in its logging context.
 */
final class SessionReading implements Filter {

    /** The read session, a completed {@code CompletableFuture<Read>}. */
    static final String READ = "famille.sessionRead";

    private final Authenticate authenticate;

    SessionReading(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        try {
            if (http.getDispatcherType() == DispatcherType.ASYNC || !suspended(http)) {
                chain.doFilter(request, response);
            }
        } finally {
            // this thread goes on to other requests, or to batches for them: their log lines must not carry this one's id
            MDC.remove(RequestLog.REQUEST_ID);
        }
    }

    /** Starts reading the request's session; true when the request waits for it, to be dispatched again once read. */
    private boolean suspended(HttpServletRequest http) {
        RequestLog.started(http);
        String token = tokenOf(http);
        if (token == null) {
            return false;
        }
        CompletableFuture<Read> read = authenticate.read(token);
        http.setAttribute(READ, read);
        if (read.isDone()) {
            return false;
        }
        AsyncContext suspended = http.startAsync();
        // the read ends, read or failed (a failure is answered by the handling): no time limit of its own
        suspended.setTimeout(0);
        read.whenComplete((session, failure) -> suspended.dispatch());
        return true;
    }

    /** The bearer token of a machine route, the session cookie of a page. */
    private static String tokenOf(HttpServletRequest request) {
        if (Web.isMachinePath(request.getRequestURI())) {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null
                : Arrays.stream(cookies).filter(c -> c.getName().equals(HttpApp.SESSION_COOKIE)).map(Cookie::getValue).findFirst().orElse(null);
    }
}
