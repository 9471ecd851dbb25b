package fr.espacefamille.adapter.http.billing;

import static fr.espacefamille.adapter.http.shared.Web.API;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's tariff rows: staff set them, everyone reads them. */
public final class TariffApi implements Feature {

    private final SetCanteenTariff setCanteen;
    private final SetNurseryTariff setNursery;
    private final ReadTariffs readTariffs;

    TariffApi(SetCanteenTariff setCanteen, SetNurseryTariff setNursery, ReadTariffs readTariffs) {
        this.setCanteen = setCanteen;
        this.setNursery = setNursery;
        this.readTariffs = readTariffs;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(API + "/admin/tariffs/canteen", this::canteen, Access.staff(Role.FINANCE_AGENT));
        routes.put(API + "/admin/tariffs/nursery", this::nursery, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/public/tariffs", this::published);
    }

    private void canteen(Context ctx) {
        var actor = Web.actor(ctx);
        var tariff = TariffForms.canteen(Web.body(ctx, BillingJson.CanteenTariffJson.class));
        ctx.json(BillingJson.CanteenTariffJson.of(setCanteen.set(actor, tariff)));
    }

    private void nursery(Context ctx) {
        var actor = Web.actor(ctx);
        var tariff = TariffForms.nursery(Web.body(ctx, BillingJson.NurseryTariffJson.class));
        ctx.json(BillingJson.NurseryTariffJson.of(setNursery.set(actor, tariff)));
    }

    private void published(Context ctx) {
        var published = readTariffs.published();
        ctx.json(new BillingJson.PublishedTariffsJson(published.canteen().stream().map(BillingJson.CanteenTariffJson::of).toList(),
                published.nursery().stream().map(BillingJson.NurseryTariffJson::of).toList()));
    }
}
