package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/** SPEC's demo tariffs and small families for the billing tests. */
final class DemoTariffs {

    static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    private DemoTariffs() {
    }

    static CanteenTariff canteen(LocalDate validFrom) {
        return new CanteenTariff(validFrom,
                List.of(new QuotientBracket(500, Money.ofCents(100)), new QuotientBracket(800, Money.ofCents(250)),
                        new QuotientBracket(1200, Money.ofCents(340))),
                Money.ofCents(420), Money.ofCents(500), Money.ofCents(150));
    }

    static NurseryTariff nursery(LocalDate validFrom) {
        return new NurseryTariff(validFrom, Money.ofCents(801_00), Money.ofCents(7_000_00), Map.of(
                EffortBracket.ONE, new BigDecimal("0.000619"),
                EffortBracket.TWO, new BigDecimal("0.000516"),
                EffortBracket.THREE, new BigDecimal("0.000413"),
                EffortBracket.FOUR_TO_SEVEN, new BigDecimal("0.000310"),
                EffortBracket.EIGHT_OR_MORE, new BigDecimal("0.000206")));
    }

    static TariffSchedule schedule() {
        return new TariffSchedule(List.of(canteen(SEPT_1)), List.of(nursery(SEPT_1)));
    }

    static Family family(Integer quotient, boolean resident, Resources resources, int children) {
        List<Child> kids = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(new Child(ChildId.random(), "Enfant" + (char) ('A' + i), "Martin", LocalDate.of(2018, 3, 14), null, null));
        }
        List<FamilyQuotient> quotients = quotient == null ? List.of() : List.of(new FamilyQuotient(quotient, LocalDate.of(2026, 1, 1)));
        return new Family(FamilyId.random(), "Martin", new Address("12 rue de la Loire", null, "44480", "Donges"), resident,
                quotients, resources, false, List.of(new Guardian(GuardianId.random(), "Claire", "Martin", null, null)), kids);
    }

    static Family family(Integer quotient) {
        return family(quotient, true, Resources.UNDECLARED, 1);
    }
}
