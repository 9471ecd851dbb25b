package fr.espacefamille.adapter.http.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.QuotientBracket;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The public tariff page « Tarifs » of every service, and the finance staff's tariff forms. */
public final class TariffPages implements Feature {

    private static final String FROM = "Indiquez la date à partir de laquelle ce tarif s'applique.";

    /** Quotient brackets a staff form offers. */
    public static final int BRACKET_ROWS = 5;

    private final ReadTariffs readTariffs;
    private final SetCanteenTariff setCanteen;
    private final SetNurseryTariff setNursery;

    TariffPages(ReadTariffs readTariffs, SetCanteenTariff setCanteen, SetNurseryTariff setNursery) {
        this.readTariffs = readTariffs;
        this.setCanteen = setCanteen;
        this.setNursery = setNursery;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/tarifs", ctx -> Pages.render(ctx, "billing/tariffs.jte", Pages.context(ctx, "Tarifs"),
                Map.of("published", readTariffs.published())));
        routes.get("/agents/tarifs", ctx -> staffForm(ctx, Pages.context(ctx, "Tarifs"), Map.of(), 200), Access.staff(Role.FINANCE_AGENT));
        routes.post("/agents/tarifs/cantine", this::canteen, Access.staff(Role.FINANCE_AGENT));
        routes.post("/agents/tarifs/multi-accueil", this::nursery, Access.staff(Role.FINANCE_AGENT));
    }

    private void staffForm(Context ctx, PageContext page, Map<String, String> values, int status) {
        ctx.status(status);
        Pages.render(ctx, "billing/tariffs-staff.jte", page, Map.of("published", readTariffs.published(), "values", values,
                "rows", BRACKET_ROWS, "brackets", EffortBracket.values()));
    }

    private void canteen(Context ctx) {
        var actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("canteenFrom");
        PageForm.Field<LocalDate> validFrom = form.required("canteenFrom", LocalDate.class, FROM);
        List<PageForm.Field<Integer>> maxima = new ArrayList<>();
        List<PageForm.Field<Long>> prices = new ArrayList<>();
        for (int i = 1; i <= BRACKET_ROWS; i++) {
            if (form.text("b" + i + "Max") == null && form.text("b" + i + "Price") == null) {
                continue;
            }
            maxima.add(form.required("b" + i + "Max", TariffPages::integer, "Tranche " + i + " : indiquez le quotient maximal (nombre entier)."));
            prices.add(form.required("b" + i + "Price", BillingFormat::euros, "Tranche " + i + " : indiquez le prix du repas en euros."));
        }
        PageForm.Field<Long> defaultPrice = form.required("defaultPrice", BillingFormat::euros, "Indiquez le prix au-delà de la dernière tranche.");
        PageForm.Field<Long> nonResident = form.required("nonResidentPrice", BillingFormat::euros, "Indiquez le prix hors commune.");
        PageForm.Field<Long> surcharge = form.required("surcharge", BillingFormat::euros, "Indiquez la majoration du repas non réservé.");
        form.submit(() -> {
                    List<QuotientBracket> brackets = new ArrayList<>();
                    for (int i = 0; i < maxima.size(); i++) {
                        brackets.add(new QuotientBracket(maxima.get(i).get(), Money.ofCents(prices.get(i).get())));
                    }
                    setCanteen.set(actor, new CanteenTariff(validFrom.get(), brackets, Money.ofCents(defaultPrice.get()),
                            Money.ofCents(nonResident.get()), Money.ofCents(surcharge.get())));
                })
                .then(done -> Pages.redirect(ctx, "/agents/tarifs", "Tarif de restauration scolaire enregistré à partir du "
                        + BillingFormat.date(validFrom.get()) + "."))
                .orShow(found -> staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(found), form.values(), ctx.statusCode()));
    }

    private void nursery(Context ctx) {
        var actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("nurseryFrom");
        PageForm.Field<LocalDate> validFrom = form.required("nurseryFrom", LocalDate.class, FROM);
        PageForm.Field<Long> floor = form.required("floor", BillingFormat::euros, "Indiquez le plancher mensuel en euros.");
        PageForm.Field<Long> ceiling = form.required("ceiling", BillingFormat::euros, "Indiquez le plafond mensuel en euros.");
        Map<EffortBracket, PageForm.Field<BigDecimal>> rates = new EnumMap<>(EffortBracket.class);
        for (EffortBracket bracket : EffortBracket.values()) {
            rates.put(bracket, form.required("rate" + bracket.key(), TariffPages::rate,
                    "Indiquez le taux d'effort en % pour " + bracket.frenchLabel() + ", par exemple 0,0619."));
        }
        form.submit(() -> {
                    Map<EffortBracket, BigDecimal> read = new EnumMap<>(EffortBracket.class);
                    rates.forEach((bracket, rate) -> read.put(bracket, rate.get()));
                    setNursery.set(actor, new NurseryTariff(validFrom.get(), Money.ofCents(floor.get()), Money.ofCents(ceiling.get()), read));
                })
                .then(done -> Pages.redirect(ctx, "/agents/tarifs", "Barème du multi-accueil enregistré à partir du "
                        + BillingFormat.date(validFrom.get()) + "."))
                .orShow(found -> staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(found), form.values(), ctx.statusCode()));
    }

    /** « 0,0619 » (in %) as the rate 0.000619. */
    private static Optional<BigDecimal> rate(String percent) {
        try {
            return Optional.of(new BigDecimal(percent.replace(',', '.').replace("%", "").strip()).movePointLeft(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
