package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoiceNumbers;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.reminder.JdbiReminders;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateFamily.NewChild;
import fr.espacefamille.application.family.CreateFamily.NewGuardian;
import fr.espacefamille.application.reminder.FollowUpUnpaidInvoices;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.reminder.ReminderLevel;
import fr.espacefamille.domain.reminder.ReminderSchedule;
import fr.espacefamille.domain.shared.Money;

/**
 * The demo town's unpaid invoices and yearly documents (SPEC §11–§12), made through the use cases
 * at the days they would have happened (each with a clock set to that day): canteen invoices of
 * the last months, one family's still reminded, one's transferred to the Trésor public, one's below
 * the 15.00 € threshold; and nursery invoices of last year, paid, for the tax certificates. The
 * reminders job then runs at start-up as every day. Done once: the Lefebvre family marks it done.
 */
final class RemindersDemo {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersDemo.class);
    private static final Address ADDRESS = new Address("5 rue de la Gare", null, "44480", "Donges");

    private final SharedWiring core;
    private final FamilyWiring families;
    private final BillingWiring billing;

    RemindersDemo(SharedWiring core, FamilyWiring families, BillingWiring billing) {
        this.core = core;
        this.families = families;
        this.billing = billing;
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
        Map<YearMonth, List<NurseryMonth>> nursery = new HashMap<>();
        YearMonth recent = YearMonth.from(today).minusMonths(3); // due on the 15th of last month
        YearMonth older = recent.minusMonths(1); // due on the 15th of the month before
        meals(canteen, reminded, recent, 6);
        meals(canteen, transferred, older, 6);
        meals(canteen, small, older, 2);
        YearMonth march = YearMonth.of(today.getYear() - 1, 3);
        YearMonth october = YearMonth.of(today.getYear() - 1, 10);
        nursery.put(march, List.of(new NurseryMonth(jade, 120, 4, 0, 0, 0), new NurseryMonth(louis, 80, 0, 0, 0, 8)));
        nursery.put(october, List.of(new NurseryMonth(jade, 140, 0, 6, 0, 0)));

        for (YearMonth month : List.of(older, recent)) {
            run(canteen, nursery, Regie.SCHOOL, month);
        }
        var marchRun = run(canteen, nursery, Regie.EARLY_CHILDHOOD, march);
        var octoberRun = run(canteen, nursery, Regie.EARLY_CHILDHOOD, october);
        pay(marchRun.invoices().get(0).id(), marchRun.invoices().get(0).total(), march.plusMonths(1).atDay(20));
        Money october1 = octoberRun.invoices().get(0).total();
        pay(octoberRun.invoices().get(0).id(), Money.ofCents(october1.cents() / 2), october.plusMonths(2).atDay(10));

        // the reminders job on the days it would have run, up to yesterday: today's run is the portal's own at start-up
        for (YearMonth month : List.of(older, recent)) {
            LocalDate due = month.plusMonths(2).atDay(15);
            for (ReminderLevel level : ReminderLevel.values()) {
                LocalDate day = ReminderSchedule.reminderDay(due, level);
                if (day.isBefore(today)) {
                    followUpOn(day).run();
                }
            }
        }
        LOG.info("Relances de démonstration : factures impayées des familles Lefebvre, Bernard et Robert ; "
                + "attestations fiscales {} de la famille Morel", today.getYear() - 1);
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

    private Clock on(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day, LocalTime.of(9, 0), core.clock().getZone()).toInstant(), core.clock().getZone());
    }

    /** The month's run issued on the 2nd of the next month, as the finance office would have. */
    private RunMonthlyBilling.Result run(List<CanteenDay> canteen, Map<YearMonth, List<NurseryMonth>> nursery, Regie regie,
            YearMonth month) {
        Clock then = on(month.plusMonths(1).atDay(2));
        CanteenConsumption meals = (children, asked) -> canteen.stream()
                .filter(d -> children.contains(d.child()) && YearMonth.from(d.date()).equals(asked)).toList();
        NurseryConsumption hours = (children, asked) -> nursery.getOrDefault(asked, List.of()).stream()
                .filter(m -> children.contains(m.child())).toList();
        return new RunMonthlyBilling(core.families(), meals, hours, new JdbiTariffs(core.db()), new JdbiBillingRuns(core.db()),
                new JdbiInvoices(core.db()), new JdbiInvoiceNumbers(core.db()), core.accounts(), core.mailer(), core.transactions(),
                new Audit(core.auditLog(), then), then, core.config().baseUrl().toString(), Runnable::run)
                .run(Actor.SYSTEM, new RunMonthlyBilling.Command(regie, month, true));
    }

    private void pay(InvoiceId invoice, Money amount, LocalDate receivedOn) {
        new RecordPayment(new JdbiInvoices(core.db()), core.transactions(), new Audit(core.auditLog(), on(receivedOn)), on(receivedOn))
                .record(Actor.SYSTEM, new RecordPayment.Command(invoice, PaymentMethod.CHEQUE, amount, receivedOn, "DEMO-" + receivedOn, null));
    }

    private FollowUpUnpaidInvoices followUpOn(LocalDate day) {
        Clock then = on(day);
        return new FollowUpUnpaidInvoices(new JdbiInvoices(core.db()), new JdbiReminders(core.db()), billing.readDirectDebits,
                core.families(), core.accounts(), core.mailer(), core.transactions(), new Audit(core.auditLog(), then), then,
                core.config().baseUrl().toString());
    }
}
