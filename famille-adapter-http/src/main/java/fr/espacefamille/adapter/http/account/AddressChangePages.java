package fr.espacefamille.adapter.http.account;

import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/** Staff page of the address changes waiting for a decision: accept (with the family's residence) or refuse. */
public final class AddressChangePages implements Feature {

    private static final String PAGE = "/agents/adresses";
    private static final RouteRole[] DECIDERS = Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT);
    private static final String TITLE = "Changements d'adresse à traiter";
    private static final String TOO_LONG = "Le motif compte " + AddressRequest.MAX_REASON_LENGTH + " caractères au plus.";

    private final ListAddressChanges listAddressChanges;
    private final DecideAddressChange decideAddressChange;

    public AddressChangePages(ListAddressChanges listAddressChanges, DecideAddressChange decideAddressChange) {
        this.listAddressChanges = listAddressChanges;
        this.decideAddressChange = decideAddressChange;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, ctx -> list(ctx, Pages.context(ctx, TITLE)), DECIDERS);
        routes.post(PAGE + "/{id}/accepter", ctx -> decide(ctx, true), DECIDERS);
        routes.post(PAGE + "/{id}/refuser", ctx -> decide(ctx, false), DECIDERS);
    }

    private void list(Context ctx, PageContext page) {
        Pages.render(ctx, "account/address-changes.jte", page, Map.of("changes", listAddressChanges.pending(Pages.actor(ctx))));
    }

    private void decide(Context ctx, boolean accept) {
        Actor actor = Pages.actor(ctx);
        AddressRequestId id = Web.pathId(ctx, "id", AddressRequestId::parse);
        // one small form per request on the list: the reason's error goes beside that request's field
        PageForm form = PageForm.of(ctx).field("reason", "reason-" + id);
        PageForm.Field<String> reason = form.optional("reason", String.class, TOO_LONG)
                .check(text -> text.length() <= AddressRequest.MAX_REASON_LENGTH, TOO_LONG);
        form.submit(() -> decideAddressChange.decide(actor, new DecideAddressChange.Command(id, accept,
                        accept ? form.has("resident") : null, accept ? null : reason.get())))
                .then(decided -> Pages.redirect(ctx, PAGE, decided.status() == AddressRequest.Status.ACCEPTED
                        ? "Nouvelle adresse enregistrée ; la famille est prévenue par courriel."
                        : "Demande refusée ; la famille est prévenue par courriel."))
                // « already decided » is about the request, not a field: back to the list with the message
                .orShowOrRedirect(errors -> list(ctx, Pages.context(ctx, TITLE).withErrors(errors)), PAGE);
    }
}
