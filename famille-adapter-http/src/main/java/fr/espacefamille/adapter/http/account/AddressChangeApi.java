package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import fr.espacefamille.adapter.http.account.AccountJson.AddressChangeJson;
import fr.espacefamille.adapter.http.account.AccountJson.DecisionBody;
import fr.espacefamille.adapter.http.account.AccountJson.DecisionJson;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.AddressRequestId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Staff rows added to API.md: {@code GET /admin/address-requests} (pending, oldest first) and
 * {@code POST /admin/address-requests/{id}/accept} ({@code {resident?}}) or {@code /refuse} ({@code {reason?}}).
 */
public final class AddressChangeApi implements Feature {

    private final ListAddressChanges listAddressChanges;
    private final DecideAddressChange decideAddressChange;

    public AddressChangeApi(ListAddressChanges listAddressChanges, DecideAddressChange decideAddressChange) {
        this.listAddressChanges = listAddressChanges;
        this.decideAddressChange = decideAddressChange;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/admin/address-requests", this::list, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.post(API + "/admin/address-requests/{id}/accept", ctx -> decide(ctx, true), Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.post(API + "/admin/address-requests/{id}/refuse", ctx -> decide(ctx, false), Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
    }

    private void list(Context ctx) {
        ctx.json(AddressChangeJson.of(listAddressChanges.pending(Web.actor(ctx))));
    }

    private void decide(Context ctx, boolean accept) {
        Actor actor = Web.actor(ctx);
        AddressRequestId id = Web.pathId(ctx, "id", AddressRequestId::parse);
        // the body is optional: accepting keeps the residence, refusing gives no reason
        DecisionBody body = ctx.body().isBlank() ? new DecisionBody(null, null) : Web.body(ctx, DecisionBody.class);
        ctx.json(DecisionJson.of(decideAddressChange.decide(actor,
                new DecideAddressChange.Command(id, accept, accept ? body.resident() : null, accept ? null : body.reason()))));
    }
}
