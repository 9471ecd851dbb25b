package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;

/** SPEC's example tariffs and small families for the billing tests. */
final class DemoTariffs {

    static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    private DemoTariffs() {
    }

    static CanteenTariff canteen(LocalDate validFrom) {
        return ExampleTariffs.canteen(validFrom);
    }

    static NurseryTariff nursery(LocalDate validFrom) {
        return ExampleTariffs.nursery(validFrom);
    }

    static TariffSchedule schedule() {
        return new TariffSchedule(List.of(canteen(SEPT_1)), List.of(nursery(SEPT_1)));
    }

    static Family family(Integer quotient, boolean resident, Resources resources, int children) {
        List<Child> kids = new ArrayList<>();
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
