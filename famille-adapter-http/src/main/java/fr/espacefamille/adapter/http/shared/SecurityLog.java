package fr.espacefamille.adapter.http.shared;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.domain.shared.Refusal;
import io.javalin.http.Context;

/**
 * Refusals an operator must be able to see (password guessing, lockouts, forged forms), logged
 * with the route, the peer's address and the request id. Never the body: neither the password
 * nor the typed login, which is sometimes a password typed in the wrong field.
 */
final class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("securite");
    private static final Set<String> WATCHED = Set.of("BAD_CREDENTIALS", "ACCOUNT_LOCKED", "CSRF_TOKEN_INVALID", "TOO_MANY_REQUESTS");

    private SecurityLog() {
    }

    static void refused(Context ctx, Refusal refusal) {
        if (WATCHED.contains(refusal.code())) {
            String route = RequestLog.template(ctx);
            LOG.atWarn().addKeyValue("code", refusal.code()).addKeyValue("route", route).addKeyValue("peer", ctx.req().getRemoteAddr())
                    .log("Refus de sécurité {} sur {} {} depuis {}", refusal.code(), ctx.method().name(), route, ctx.req().getRemoteAddr());
        }
    }
}
