package fr.espacefamille.adapter.http.shared;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.Authenticate.Read;

/**
 * Reads a request's session before the request is handled, without holding its thread while the
 * session waits in a batch of fresh ones (1,000 parents signed in a moment ago, asking at 8:00): the
 * request is suspended and handled once its session is read. The handling then finishes the
 * authentication from what was read ({@link HttpApp}).
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
        RequestLog.started(http);
        String token = HttpApp.tokenOf(http);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<Read> read = authenticate.read(token);
        http.setAttribute(READ, read);
        if (read.isDone()) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext suspended = http.startAsync();
        // the read ends, read or failed (a failure is answered by the handling): no time limit of its own
        suspended.setTimeout(0);
        read.whenComplete((session, failure) -> suspended.dispatch());
    }
}
