package fr.espacefamille.adapter.http.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
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
        routes.get("/agents/tarifs", ctx -> staffForm(ctx, Pages.context(ctx, "Tarifs"), Map.of(), 200));
        routes.post("/agents/tarifs/cantine", this::canteen);
        routes.post("/agents/tarifs/multi-accueil", this::nursery);
    }

    private void staffForm(Context ctx, PageContext page, Map<String, String> values, int status) {
        BillingPages.staff(ctx).require(Role.FINANCE_AGENT);
        ctx.status(status);
        Pages.render(ctx, "billing/tariffs-staff.jte", page, Map.of("published", readTariffs.published(), "values", values,
                "rows", BRACKET_ROWS, "brackets", EffortBracket.values()));
    }

    private void canteen(Context ctx) {
        var actor = BillingPages.staff(ctx);
        Map<String, String> v = BillingPages.form(ctx);
        List<FieldError> errors = new ArrayList<>();
        LocalDate validFrom = date(v, "canteenFrom", errors);
        List<QuotientBracket> brackets = new ArrayList<>();
        for (int i = 1; i <= BRACKET_ROWS; i++) {
            String max = v.getOrDefault("b" + i + "Max", "");
            String price = v.getOrDefault("b" + i + "Price", "");
            if (max.isBlank() && price.isBlank()) {
                continue;
            }
            Optional<Integer> quotient = integer(max);
            if (quotient.isEmpty()) {
                errors.add(new FieldError("b" + i + "Max", "Tranche " + i + " : indiquez le quotient maximal (nombre entier)."));
            }
            Optional<Long> cents = euros(v, "b" + i + "Price", "Tranche " + i + " : indiquez le prix du repas en euros.", errors);
            if (quotient.isPresent() && cents.isPresent()) {
                brackets.add(new QuotientBracket(quotient.get(), Money.ofCents(cents.get())));
            }
        }
        Optional<Long> defaultPrice = euros(v, "defaultPrice", "Indiquez le prix au-delà de la dernière tranche.", errors);
        Optional<Long> nonResident = euros(v, "nonResidentPrice", "Indiquez le prix hors commune.", errors);
        Optional<Long> surcharge = euros(v, "surcharge", "Indiquez la majoration du repas non réservé.", errors);
        if (!errors.isEmpty()) {
            staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(errors), v, 400);
            return;
        }
        PageForm.of(ctx).fallback("canteenFrom")
                .submit(() -> setCanteen.set(actor, new CanteenTariff(validFrom, brackets, Money.ofCents(defaultPrice.get()),
                        Money.ofCents(nonResident.get()), Money.ofCents(surcharge.get()))))
                .redirect("/agents/tarifs", "Tarif de restauration scolaire enregistré à partir du " + BillingFormat.date(validFrom) + ".")
                .orShow(found -> staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(found), v, ctx.statusCode()));
    }

    private void nursery(Context ctx) {
        var actor = BillingPages.staff(ctx);
        Map<String, String> v = BillingPages.form(ctx);
        List<FieldError> errors = new ArrayList<>();
        LocalDate validFrom = date(v, "nurseryFrom", errors);
        Optional<Long> floor = euros(v, "floor", "Indiquez le plancher mensuel en euros.", errors);
        Optional<Long> ceiling = euros(v, "ceiling", "Indiquez le plafond mensuel en euros.", errors);
        Map<EffortBracket, BigDecimal> rates = new EnumMap<>(EffortBracket.class);
        for (EffortBracket bracket : EffortBracket.values()) {
            String field = "rate" + bracket.key();
            try {
                BigDecimal percent = new BigDecimal(v.getOrDefault(field, "").replace(',', '.').replace("%", "").strip());
                rates.put(bracket, percent.movePointLeft(2));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "Indiquez le taux d'effort en % pour " + bracket.frenchLabel() + ", par exemple 0,0619."));
            }
        }
        if (!errors.isEmpty()) {
            staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(errors), v, 400);
            return;
        }
        PageForm.of(ctx).fallback("nurseryFrom")
                .submit(() -> setNursery.set(actor, new NurseryTariff(validFrom, Money.ofCents(floor.get()), Money.ofCents(ceiling.get()), rates)))
                .redirect("/agents/tarifs", "Barème du multi-accueil enregistré à partir du " + BillingFormat.date(validFrom) + ".")
                .orShow(found -> staffForm(ctx, Pages.context(ctx, "Tarifs").withErrors(found), v, ctx.statusCode()));
    }

    private static LocalDate date(Map<String, String> values, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(values.getOrDefault(field, ""));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Indiquez la date à partir de laquelle ce tarif s'applique."));
            return null;
        }
    }

    private static Optional<Long> euros(Map<String, String> values, String field, String message, List<FieldError> errors) {
        Optional<Long> cents = BillingFormat.euros(values.get(field));
        if (cents.isEmpty()) {
            errors.add(new FieldError(field, message));
        }
        return cents;
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
