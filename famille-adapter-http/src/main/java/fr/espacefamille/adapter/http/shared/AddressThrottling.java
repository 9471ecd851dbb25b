package fr.espacefamille.adapter.http.shared;

import fr.espacefamille.application.shared.Throttle;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Limits per client address, on top of the per-account lockout: failed sign-ins (against
 * password guessing across many logins) and password-reset requests (against mail flooding).
 * Only failures count for sign-in, so a crowd of parents signing in from one school network
 * is never slowed down.
 */
public final class AddressThrottling implements Feature {

    private final Throttle signInFailures;
    private final Throttle resetRequests;

    public AddressThrottling(Throttle signInFailures, Throttle resetRequests) {
        this.signInFailures = signInFailures;
        this.resetRequests = resetRequests;
    }

    @Override
    public void register(RoutesConfig routes) {
        for (String path : new String[] {Web.API + "/session", "/connexion"}) {
            routes.before(path, ctx -> {
                if (isPost(ctx) && signInFailures.exhausted(ClientAddress.of(ctx))) {
                    throw new RefusedException(Throttle.TOO_MANY_REQUESTS);
                }
            });
            routes.after(path, ctx -> {
                if (isPost(ctx) && ctx.status().getCode() == 401) {
                    signInFailures.hit(ClientAddress.of(ctx));
                }
            });
        }
        for (String path : new String[] {Web.API + "/password/forgot", "/mot-de-passe/oublie"}) {
            routes.before(path, ctx -> {
                if (isPost(ctx) && !resetRequests.hit(ClientAddress.of(ctx))) {
                    throw new RefusedException(Throttle.TOO_MANY_REQUESTS);
                }
            });
        }
    }

    private static boolean isPost(Context ctx) {
        return ctx.method().name().equals("POST");
    }
}
