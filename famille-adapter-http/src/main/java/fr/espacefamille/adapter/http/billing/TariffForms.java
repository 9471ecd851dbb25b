package fr.espacefamille.adapter.http.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.QuotientBracket;
import fr.espacefamille.domain.shared.Money;

/**
 * Turns the tariffs' JSON bodies (and the staff forms, which post the same fields) into domain
 * tariffs, refusing bad values with the name of their field.
 */
final class TariffForms {

    /** No meal costs more than 100 €. */
    static final long MAX_MEAL_CENTS = 100_00;

    private TariffForms() {
    }

    static CanteenTariff canteen(BillingJson.CanteenTariffJson body) {
        LocalDate validFrom = Web.required(body.validFrom(), "validFrom");
        List<BillingJson.BracketJson> brackets = body.brackets() == null ? List.of() : body.brackets();
        List<QuotientBracket> parsed = new ArrayList<>();
        Set<Integer> ceilings = new HashSet<>();
        for (int i = 0; i < brackets.size(); i++) {
            BillingJson.BracketJson bracket = Web.required(brackets.get(i), "brackets[" + i + "]");
            int max = Web.required(bracket.maxQuotient(), "brackets[" + i + "].maxQuotient");
            if (max < 0 || max > 100_000 || !ceilings.add(max)) {
                throw Refusals.invalid("brackets[" + i + "].maxQuotient", "plafond de quotient entre 0 et 100000, différent pour chaque tranche");
            }
            parsed.add(new QuotientBracket(max, price(bracket.priceCents(), "brackets[" + i + "].priceCents")));
        }
        return new CanteenTariff(validFrom, parsed, price(body.defaultPriceCents(), "defaultPriceCents"),
                price(body.nonResidentPriceCents(), "nonResidentPriceCents"), price(body.unbookedSurchargeCents(), "unbookedSurchargeCents"));
    }

    static NurseryTariff nursery(BillingJson.NurseryTariffJson body) {
        LocalDate validFrom = Web.required(body.validFrom(), "validFrom");
        long floor = Web.required(body.floorCents(), "floorCents");
        long ceiling = Web.required(body.ceilingCents(), "ceilingCents");
        if (floor <= 0) {
            throw Refusals.invalid("floorCents", "le plancher doit être positif");
        }
        if (ceiling < floor) {
            throw Refusals.invalid("ceilingCents", "le plafond doit être au moins égal au plancher");
        }
        Map<String, BigDecimal> given = Web.required(body.effortRates(), "effortRates");
        Map<EffortBracket, BigDecimal> rates = new EnumMap<>(EffortBracket.class);
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            EffortBracket bracket = EffortBracket.byKey(entry.getKey()).orElseThrow(() -> Refusals.invalid("effortRates." + entry.getKey(),
                    "tranche inconnue : les tranches sont \"1\", \"2\", \"3\", \"4\" (4 à 7 enfants) et \"8\" (8 et plus)"));
            BigDecimal rate = Web.required(entry.getValue(), "effortRates." + entry.getKey());
            if (rate.signum() <= 0 || rate.compareTo(new BigDecimal("0.01")) > 0) {
                throw Refusals.invalid("effortRates." + entry.getKey(), "taux d'effort en fraction, entre 0 et 0,01 (ex. 0.000619 pour 0,0619 %)");
            }
            rates.put(bracket, rate);
        }
        for (EffortBracket bracket : EffortBracket.values()) {
            if (!rates.containsKey(bracket)) {
                throw Refusals.invalid("effortRates." + bracket.key(), "taux manquant pour " + bracket.frenchLabel());
            }
        }
        return new NurseryTariff(validFrom, Money.ofCents(floor), Money.ofCents(ceiling), rates);
    }

    private static Money price(Long cents, String field) {
        Web.required(cents, field);
        if (cents < 0 || cents > MAX_MEAL_CENTS) {
            throw Refusals.invalid(field, "prix en centimes entre 0 et " + MAX_MEAL_CENTS);
        }
        return Money.ofCents(cents);
    }
}
