package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's "Accounts" rows on activation and passwords. */
public final class AccountApi implements Feature {

    private final ActivateAccount activate;
    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;
    private final ChangePassword changePassword;

    public AccountApi(ActivateAccount activate, RequestPasswordReset requestReset, ResetPassword resetPassword,
            ChangePassword changePassword) {
        this.activate = activate;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.changePassword = changePassword;
    }

    record ActivateBody(String key, String username, String password, String email) {
    }

    record ForgotBody(String login) {
    }

    record ResetBody(String token, String newPassword) {
    }

    record ChangeBody(String currentPassword, String newPassword) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/accounts/activate", this::activate);
        routes.post(API + "/password/forgot", this::forgot);
        routes.post(API + "/password/reset", this::reset);
        routes.put(API + "/me/password", this::change);
    }

    private void activate(Context ctx) {
        ActivateBody body = Web.body(ctx, ActivateBody.class);
        Web.required(body.username(), "username");
        Web.required(body.password(), "password");
        Web.required(body.email(), "email");
        Account account = activate.activate(new ActivateAccount.Command(body.key(), body.username(), body.password(),
                body.email()));
        ctx.status(201).json(Map.of("username", account.username().value()));
    }

    /** 202 with an empty body, whatever the login: the answer never tells whether an account exists. */
    private void forgot(Context ctx) {
        ForgotBody body = Web.body(ctx, ForgotBody.class);
        Web.required(body.login(), "login");
        requestReset.request(new RequestPasswordReset.Command(body.login()));
        ctx.status(202);
    }

    private void reset(Context ctx) {
        ResetBody body = Web.body(ctx, ResetBody.class);
        Web.required(body.token(), "token");
        Web.required(body.newPassword(), "newPassword");
        resetPassword.reset(new ResetPassword.Command(body.token(), body.newPassword()));
        ctx.status(204);
    }

    private void change(Context ctx) {
        Authenticated who = Web.authenticated(ctx).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        ChangeBody body = Web.body(ctx, ChangeBody.class);
        Web.required(body.currentPassword(), "currentPassword");
        Web.required(body.newPassword(), "newPassword");
        changePassword.change(who, new ChangePassword.Command(body.currentPassword(), body.newPassword()));
        ctx.status(204);
    }
}
