package fr.espacefamille.application.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A tariff may not start inside a month already issued: issued invoices would then disagree with
 * the tariff said to be in force. Corrections of issued months are credit notes.
 */
final class TariffChanges {

    private TariffChanges() {
    }

    static void requireNotBilled(BillingRuns runs, Regie regie, LocalDate validFrom) {
        runs.lastIssuedMonth(regie).filter(last -> !validFrom.isAfter(last.atEndOfMonth())).ifPresent(last -> {
            throw Refusals.refuse(Refusal.rule("TARIFF_PERIOD_ALREADY_BILLED", "Les factures " + regie.frenchName()
                    + " sont émises jusqu'à " + BillingRun.french(last)
                    + " : un nouveau tarif ne peut commencer qu'à partir du " + FrenchText.dayMonth(last.plusMonths(1).atDay(1)) + " " + last.plusMonths(1).getYear() + "."));
        });
    }

    static String describe(CanteenTariff tariff) {
        return AuditJson.of("validFrom", tariff.validFrom(), "brackets", tariff.brackets().stream()
                        .map(b -> AuditJson.object("maxQuotient", b.maxQuotient(), "priceCents", b.price().cents())).toList(),
                "defaultPriceCents", tariff.defaultPrice().cents(), "nonResidentPriceCents", tariff.nonResidentPrice().cents(),
                "unbookedSurchargeCents", tariff.unbookedSurcharge().cents());
    }

    static String describe(NurseryTariff tariff) {
        Map<String, Object> rates = new LinkedHashMap<>();
        for (EffortBracket bracket : EffortBracket.values()) {
            rates.put(bracket.key(), tariff.effortRate(bracket));
        }
        return AuditJson.of("validFrom", tariff.validFrom(), "floorCents", tariff.floor().cents(), "ceilingCents", tariff.ceiling().cents(),
                "effortRates", rates);
    }
}
