package fr.espacefamille.bootstrap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.RunMonthlyBilling.RunInvoice;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateFamily.NewChild;
import fr.espacefamille.application.family.CreateFamily.NewGuardian;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Money;

/**
 * The demo town's unpaid invoices and yearly documents (SPEC §11–§12), made through the use cases
 * at the days they would have happened ({@link DemoBilling}): canteen invoices of the last months,
 * one family's still reminded, one's transferred to the Trésor public, one's below the 15.00 €
 * threshold; and nursery invoices of last year, paid, for the tax certificates. The reminders job
 * then runs on its past days and at start-up as every day. Done once: the Lefebvre family marks it done.
 */
final class RemindersDemo {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersDemo.class);
    private static final Address ADDRESS = new Address("5 rue de la Gare", null, "44480", "Donges");

    private final SharedWiring core;
    private final FamilyWiring families;
    private final BillingWiring billing;
    private final DemoBilling past;

    RemindersDemo(SharedWiring core, FamilyWiring families, BillingWiring billing, DemoBilling past) {
        this.core = core;
        this.families = families;
        this.billing = billing;
        this.past = past;
    }

    void loadIfAbsent() {
        if (!core.families().search("Lefebvre", 1).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(core.clock());
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
        // the months billed here come before the demo's tariffs of this school year
        billing.setCanteenTariff.set(Actor.SYSTEM, ExampleTariffs.canteen(lastYear));
        billing.setNurseryTariff.set(Actor.SYSTEM, ExampleTariffs.nursery(lastYear));
        ChildId reminded = family("Lefebvre", "Claire", new NewChild("Hugo", "Lefebvre", LocalDate.of(today.getYear() - 8, 4, 2), null,
                null)).get(0);
        ChildId transferred = family("Bernard", "Karim", new NewChild("Lina", "Bernard", LocalDate.of(today.getYear() - 9, 6, 20),
                null, null)).get(0);
        ChildId small = family("Robert", "Anne", new NewChild("Noé", "Robert", LocalDate.of(today.getYear() - 7, 2, 11), null,
                null)).get(0);
        List<ChildId> morel = family("Morel", "Julie", new NewChild("Jade", "Morel", LocalDate.of(today.getYear() - 3, 3, 8), null, null),
                new NewChild("Louis", "Morel", LocalDate.of(today.getYear() - 5, 10, 30), null, null));
        ChildId jade = morel.get(0);
        ChildId louis = morel.get(1);

        // billing reads the consumption the demo states, as if the canteen and the nursery had recorded it
        List<CanteenDay> canteen = new ArrayList<>();
        YearMonth recent = YearMonth.from(today).minusMonths(3); // due on the 15th of last month
        YearMonth older = recent.minusMonths(1); // due on the 15th of the month before
        meals(canteen, reminded, recent, 6);
        meals(canteen, transferred, older, 6);
        meals(canteen, small, older, 2);
        past.state(canteen);
        YearMonth march = YearMonth.of(today.getYear() - 1, 3);
        YearMonth october = YearMonth.of(today.getYear() - 1, 10);
        past.state(march, List.of(new NurseryMonth(jade, 120, 4, 0, 0, 0), new NurseryMonth(louis, 80, 0, 0, 0, 8)));
        past.state(october, List.of(new NurseryMonth(jade, 140, 0, 6, 0, 0)));

        for (YearMonth month : List.of(older, recent)) {
            past.issue(Regie.SCHOOL, month);
        }
        RunInvoice marchInvoice = morel(past.issue(Regie.EARLY_CHILDHOOD, march));
        RunInvoice octoberInvoice = morel(past.issue(Regie.EARLY_CHILDHOOD, october));
        past.payAtTownHall(marchInvoice.id(), PaymentMethod.CHEQUE, marchInvoice.total(), march.plusMonths(1).atDay(20));
        past.payAtTownHall(octoberInvoice.id(), PaymentMethod.CHEQUE, Money.ofCents(octoberInvoice.total().cents() / 2),
                october.plusMonths(2).atDay(10));
        LOG.info("Relances de démonstration : factures impayées des familles Lefebvre, Bernard et Robert ; "
                + "attestations fiscales {} de la famille Morel", today.getYear() - 1);
    }

    private static RunInvoice morel(RunMonthlyBilling.Result run) {
        return run.invoices().stream().filter(invoice -> invoice.familyName().equals("Morel")).findFirst().orElseThrow();
    }

    /** A resident family of one guardian with an email, created by the town hall; its children's ids. */
    private List<ChildId> family(String name, String guardian, NewChild... children) {
        return families.createFamily.create(Actor.SYSTEM, new CreateFamily.Command(name, ADDRESS, null, null, null, null, true,
                List.of(new NewGuardian(guardian, name, guardian.toLowerCase() + "." + name.toLowerCase() + "@example.fr", null)),
                List.of(children))).children();
    }

    private static void meals(List<CanteenDay> canteen, ChildId child, YearMonth month, int count) {
        LocalDate day = month.atDay(1);
        for (int i = 0; i < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                canteen.add(new CanteenDay(child, day, MealCharge.BOOKED_MEAL));
                i++;
            }
        }
    }
}
