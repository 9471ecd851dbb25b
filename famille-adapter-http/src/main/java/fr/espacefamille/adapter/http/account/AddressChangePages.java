package fr.espacefamille.adapter.http.account;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Staff page of the address changes waiting for a decision: accept (with the family's residence) or refuse. */
public final class AddressChangePages implements Feature {

    private static final String PAGE = "/agents/adresses";
    private static final String TITLE = "Changements d'adresse à traiter";

    private final ListAddressChanges listAddressChanges;
    private final DecideAddressChange decideAddressChange;

    public AddressChangePages(ListAddressChanges listAddressChanges, DecideAddressChange decideAddressChange) {
        this.listAddressChanges = listAddressChanges;
        this.decideAddressChange = decideAddressChange;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, ctx -> list(ctx, Pages.context(ctx, TITLE)));
        routes.post(PAGE + "/{id}/accepter", ctx -> decide(ctx, true));
        routes.post(PAGE + "/{id}/refuser", ctx -> decide(ctx, false));
    }

    private void list(Context ctx, PageContext page) {
        Pages.render(ctx, "account/address-changes.jte", page, Map.of("changes", listAddressChanges.pending(Pages.actor(ctx))));
    }

    private void decide(Context ctx, boolean accept) {
        Actor actor = Pages.actor(ctx);
        AddressRequestId id = Web.pathId(ctx, "id", AddressRequestId::parse);
        String reason = ctx.formParam("reason");
        try {
            AddressRequest decided = decideAddressChange.decide(actor, new DecideAddressChange.Command(id, accept,
                    accept ? ctx.formParam("resident") != null : null, accept ? null : reason));
            Pages.redirect(ctx, PAGE, decided.status() == AddressRequest.Status.ACCEPTED
                    ? "Nouvelle adresse enregistrée ; la famille est prévenue par courriel."
                    : "Demande refusée ; la famille est prévenue par courriel.");
        } catch (RefusedException e) {
            if (e.refusal().equals(DecideAddressChange.ALREADY_DECIDED)) {
                Pages.redirect(ctx, PAGE, e.refusal().message());
                return;
            }
            if (!e.refusal().code().equals("VALIDATION_FAILED")) {
                throw e;
            }
            ctx.status(400);
            list(ctx, Pages.context(ctx, TITLE).withErrors(List.of(new FieldError("reason-" + id,
                    "Le motif compte " + AddressRequest.MAX_REASON_LENGTH + " caractères au plus."))));
        }
    }
}
