package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Instant;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md: {@code POST/DELETE /session} and {@code POST /admin/agents}. */
public final class SessionApi implements Feature {

    private final SignIn signIn;
    private final SignOut signOut;
    private final CreateAgent createAgent;

    public SessionApi(SignIn signIn, SignOut signOut, CreateAgent createAgent) {
        this.signIn = signIn;
        this.signOut = signOut;
        this.createAgent = createAgent;
    }

    record SignInBody(String login, String password) {
    }

    record TokenJson(String token, Role role, Instant expiresAt) {
    }

    record AgentBody(String username, String password, String email, String role) {
    }

    record IdJson(String id) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/session", this::signIn);
        routes.delete(API + "/session", this::signOut);
        routes.post(API + "/admin/agents", this::createAgent, Access.staff(Role.ADMIN));
    }

    private void signIn(Context ctx) {
        SignInBody body = Web.body(ctx, SignInBody.class);
        SignIn.SignedIn signedIn = signIn.signIn(new SignIn.Command(body.login(), body.password()));
        ctx.json(new TokenJson(signedIn.token(), signedIn.role(), signedIn.expiresAt()));
    }

    private void signOut(Context ctx) {
        Web.actor(ctx);
        String header = ctx.header("Authorization");
        signOut.signOut(header.substring(7).strip());
        ctx.status(204);
    }

    private void createAgent(Context ctx) {
        Actor actor = Web.actor(ctx);
        AgentBody body = Web.body(ctx, AgentBody.class);
        Role role = Web.enumValue(Role.class, body.role(), "role");
        Web.required(body.username(), "username");
        Web.required(body.password(), "password");
        Web.required(body.email(), "email");
        var id = createAgent.create(actor, new CreateAgent.Command(body.username(), body.password(), body.email(), role));
        ctx.status(201).json(new IdJson(id.toString()));
    }
}
