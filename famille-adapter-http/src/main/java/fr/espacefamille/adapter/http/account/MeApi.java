package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import fr.espacefamille.adapter.http.account.AccountJson.BillingPreferenceBody;
import fr.espacefamille.adapter.http.account.AccountJson.ContactBody;
import fr.espacefamille.adapter.http.account.AccountJson.MeJson;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.DocumentId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md: {@code GET /me}, {@code PATCH /me/contact}, {@code PUT /me/billing-preference}. */
public final class MeApi implements Feature {

    private final ShowMyAccount showMyAccount;
    private final UpdateContact updateContact;
    private final ChooseBillingPreference chooseBillingPreference;

    public MeApi(ShowMyAccount showMyAccount, UpdateContact updateContact, ChooseBillingPreference chooseBillingPreference) {
        this.showMyAccount = showMyAccount;
        this.updateContact = updateContact;
        this.chooseBillingPreference = chooseBillingPreference;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/me", this::me);
        routes.patch(API + "/me/contact", this::contact);
        routes.put(API + "/me/billing-preference", this::billingPreference);
    }

    private void me(Context ctx) {
        ctx.json(MeJson.of(showMyAccount.show(Web.actor(ctx))));
    }

    private void contact(Context ctx) {
        Actor actor = Web.actor(ctx);
        ContactBody body = Web.body(ctx, ContactBody.class);
        DocumentId proof = body.proofDocumentId() == null ? null : DocumentId.parse(body.proofDocumentId())
                .orElseThrow(() -> Refusals.invalid("proofDocumentId", "identifiant de document invalide"));
        ctx.json(MeJson.of(updateContact.update(actor, new UpdateContact.Command(body.email(), body.phone(),
                body.address() == null ? null : body.address().toAddress("address"), proof))));
    }

    private void billingPreference(Context ctx) {
        Actor actor = Web.actor(ctx);
        BillingPreferenceBody body = Web.body(ctx, BillingPreferenceBody.class);
        chooseBillingPreference.choose(actor, Web.required(body.paperless(), "paperless"));
        ctx.json(MeJson.of(showMyAccount.show(actor)));
    }
}
