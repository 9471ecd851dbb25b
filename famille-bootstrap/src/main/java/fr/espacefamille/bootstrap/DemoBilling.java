package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiDirectDebitFiles;
import fr.espacefamille.adapter.jdbc.billing.JdbiDirectDebits;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoiceNumbers;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.reminder.JdbiReminders;
import fr.espacefamille.adapter.sepa.Pain008Writer;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.StartCardPayment;
import fr.espacefamille.application.reminder.FollowUpUnpaidInvoices;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DueDatePolicy;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.reminder.ReminderLevel;
import fr.espacefamille.domain.reminder.ReminderSchedule;
import fr.espacefamille.domain.shared.Money;

/**
 * The demo town's past billing, through the use cases on the days it would have happened (each
 * with a clock set to that day, never after now): a month's run issued on the 2nd of the next
 * month, reading what the canteen and the nursery recorded plus the consumption a demo part states;
 * payments, direct-debit files and the reminders job on their days. Each régie and month is issued
 * once, whichever demo part asks first. The past sends no e-mail, but for the card payment's receipt.
 */
final class DemoBilling {

    static final Actor FINANCE = Actor.staff("demo.finances", Role.FINANCE_AGENT);
    private static final Mailer PAST = mail -> { };

    private final SharedWiring core;
    private final BillingWiring billing;
    private final PaymentWiring payment;
    private final List<CanteenDay> statedMeals = new ArrayList<>();
    private final Map<YearMonth, List<NurseryMonth>> statedHours = new HashMap<>();
    private final Map<Regie, Map<YearMonth, RunMonthlyBilling.Result>> issued = new EnumMap<>(Regie.class);

    DemoBilling(SharedWiring core, BillingWiring billing, PaymentWiring payment) {
        this.core = core;
        this.billing = billing;
        this.payment = payment;
    }

    LocalDate today() {
        return LocalDate.now(core.clock());
    }

    /** Meals a demo part states, as if the canteen had recorded them. */
    void state(List<CanteenDay> meals) {
        statedMeals.addAll(meals);
    }

    /** A month of nursery hours a demo part states, as if the nursery had recorded them. */
    void state(YearMonth month, List<NurseryMonth> hours) {
        statedHours.computeIfAbsent(month, m -> new ArrayList<>()).addAll(hours);
    }

    /** The day a month's run is issued: the 2nd of the next month, or today when that is still to come. */
    LocalDate issueDay(YearMonth month) {
        LocalDate second = month.plusMonths(1).atDay(2);
        return second.isAfter(today()) ? today() : second;
    }

    /** The month's run of the régie, issued on its day (once: a month asked again answers the same run). */
    RunMonthlyBilling.Result issue(Regie regie, YearMonth month) {
        return issued.computeIfAbsent(regie, r -> new HashMap<>()).computeIfAbsent(month, m -> {
            Clock then = on(issueDay(m));
            CanteenConsumption meals = (children, asked) -> Stream.concat(billing.feeds.canteen().of(children, asked).stream(),
                    statedMeals.stream().filter(d -> children.contains(d.child()) && YearMonth.from(d.date()).equals(asked))).toList();
            NurseryConsumption hours = (children, asked) -> Stream.concat(billing.feeds.nursery().of(children, asked).stream(),
                    statedHours.getOrDefault(asked, List.of()).stream().filter(h -> children.contains(h.child()))).toList();
            return new RunMonthlyBilling(core.families(), meals, hours, new JdbiTariffs(core.db()), new JdbiBillingRuns(core.db()),
                    new JdbiInvoices(core.db()), new JdbiInvoiceNumbers(core.db()), core.accounts(), PAST, core.config().town(), core.transactions(),
                    audit(then), then, core.config().baseUrl().toString(), Runnable::run)
                    .run(FINANCE, new RunMonthlyBilling.Command(regie, m, true));
        });
    }

    /** A payment received at the town hall and recorded by finance staff that day. */
    void payAtTownHall(InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn) {
        Clock then = on(receivedOn);
        new RecordPayment(new JdbiInvoices(core.db()), core.transactions(), audit(then), then)
                .record(FINANCE, new RecordPayment.Command(invoice, method, amount, receivedOn, "DEMO-" + receivedOn, null));
    }

    /** The guardian pays the invoice's balance by card that day, through the payment simulator's page. */
    void payByCard(Actor guardian, InvoiceId invoice, LocalDate day) {
        PaymentWiring then = payment.on(on(day));
        StartCardPayment.Started started = then.startCardPayment.start(guardian, new StartCardPayment.Command(invoice));
        then.simulator.play(started.form().fields(), SimulatedChoice.PAY);
    }

    /**
     * The run's direct-debit file, generated the day it is issued; marked executed on the day after
     * its collection when that day has passed (each of its invoices then paid by direct debit).
     */
    void collect(RunMonthlyBilling.Result run) {
        var files = new JdbiDirectDebitFiles(core.db());
        var invoices = new JdbiInvoices(core.db());
        var mandates = new JdbiDirectDebits(core.db());
        Clock issuedOn = on(run.run().issuedOn());
        DirectDebitFile file = new GenerateDirectDebitFile(new JdbiBillingRuns(core.db()), invoices, mandates, files, new Pain008Writer(),
                core.config().creditor(), core.transactions(), audit(issuedOn), issuedOn).generate(FINANCE, run.run().id());
        LocalDate statement = file.collectionDate().plusDays(1);
        if (statement.isBefore(today())) {
            Clock then = on(statement);
            new ExecuteDirectDebitFile(files, invoices, mandates, core.transactions(), audit(then), then).execute(FINANCE, file.id());
        }
    }

    /** The reminders job on every day it would have acted on the issued invoices, up to yesterday: today's run is the portal's. */
    void followUpUntilYesterday() {
        TreeSet<LocalDate> days = new TreeSet<>();
        issued.values().stream().flatMap(months -> months.values().stream()).forEach(run -> {
            LocalDate due = DueDatePolicy.dueOn(run.run().issuedOn());
            for (ReminderLevel level : ReminderLevel.values()) {
                days.add(ReminderSchedule.reminderDay(due, level));
            }
            days.add(ReminderSchedule.transferDay(due));
        });
        for (LocalDate day : days.headSet(today())) {
            Clock then = on(day);
            new FollowUpUnpaidInvoices(new JdbiInvoices(core.db()), new JdbiReminders(core.db()), billing.readDirectDebits,
                    core.families(), core.accounts(), PAST, core.config().town(), core.transactions(), audit(then), then, core.config().baseUrl().toString())
                    .run();
        }
    }

    /** A clock stopped on that day at 9:00, or now when that is earlier (today before 9:00). */
    Clock on(LocalDate day) {
        Instant nine = ZonedDateTime.of(day, LocalTime.of(9, 0), core.clock().getZone()).toInstant();
        Instant now = core.clock().instant();
        return Clock.fixed(nine.isAfter(now) ? now : nine, core.clock().getZone());
    }

    private Audit audit(Clock then) {
        return new Audit(core.auditLog(), then);
    }
}
