package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.domain.account.Account;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md §8: {@code POST /applicants} and {@code POST /applicants/confirm}, both without authentication. */
public final class ApplicantApi implements Feature {

    private final CreateApplicantAccount create;
    private final ConfirmApplicantEmail confirm;

    public ApplicantApi(CreateApplicantAccount create, ConfirmApplicantEmail confirm) {
        this.create = create;
        this.confirm = confirm;
    }

    record ApplicantBody(String username, String password, String email) {
    }

    record ConfirmBody(String token) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/applicants", this::create);
        routes.post(API + "/applicants/confirm", this::confirm);
    }

    private void create(Context ctx) {
        ApplicantBody body = Web.body(ctx, ApplicantBody.class);
        Web.required(body.username(), "username");
        Web.required(body.password(), "password");
        Web.required(body.email(), "email");
        Account account = create.create(new CreateApplicantAccount.Command(body.username(), body.password(), body.email()))
                ;
        ctx.status(201).json(Map.of("username", account.username().value()));
    }

    private void confirm(Context ctx) {
        ConfirmBody body = Web.body(ctx, ConfirmBody.class);
        Web.required(body.token(), "token");
        confirm.confirm(body.token());
        ctx.status(204);
    }
}
