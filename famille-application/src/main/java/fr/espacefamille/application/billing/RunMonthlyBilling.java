package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CanteenBillingPolicy;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceNumbering;
import fr.espacefamille.domain.billing.NurseryBillingPolicy;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.TariffSchedule;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;

/**
 * Finance staff bill a régie's month: one invoice per family with something to pay. A draft is a
 * preview that replaces the month's previous draft and numbers nothing; issuing numbers the
 * invoices consecutively, dates them and happens once per month. The whole run is one
 * transaction, so a failure or a crash leaves no invoice and no number taken. Families are read
 * a page at a time and their invoices written a page at a time, so the town is never held in
 * memory. Families who chose online invoices are emailed once the run is committed, in the
 * background: a town's mail takes longer to send than its invoices to issue.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code MONTH_ALREADY_ISSUED}, {@code MONTH_NOT_OVER}, {@code TARIFF_MISSING}.
 */
public final class RunMonthlyBilling {

    /** Families read, billed and written per step. */
    static final int PAGE = 500;

    /** The request that {@link RunMonthlyBilling} carries out. */
    public record Command(Regie regie, YearMonth month, boolean issue) {
    }

    /** One invoice of the run, as its answer lists them. */
    public record RunInvoice(InvoiceId id, FamilyId family, String familyName, InvoiceNumber number, Money total, boolean paper) {
    }

    /** The run, its invoices, and how many families who chose online invoices are being emailed about theirs. */
    public record Result(BillingRun run, List<RunInvoice> invoices, int familiesNotified) {
    }

    private record Notice(RunInvoice invoice, List<Guardian> guardians) {
    }

    private final Families families;
    private final CanteenConsumption canteen;
    private final NurseryConsumption nursery;
    private final Tariffs tariffs;
    private final BillingRuns runs;
    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Town town;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;
    private final String baseUrl;
    private final Executor notifications;

    /** {@code notifications} sends the emails of an issued run once it is committed (a background thread, or the caller's). */
    public RunMonthlyBilling(Families families, CanteenConsumption canteen, NurseryConsumption nursery, Tariffs tariffs,
            BillingRuns runs, Invoices invoices, InvoiceNumbers numbers, Accounts accounts, Mailer mailer, Town town,
            Transactions transactions, Audit audit, Clock clock, String baseUrl, Executor notifications) {
        this.families = families;
        this.canteen = canteen;
        this.nursery = nursery;
        this.tariffs = tariffs;
        this.runs = runs;
        this.invoices = invoices;
        this.numbers = numbers;
        this.accounts = accounts;
        this.mailer = mailer;
        this.town = town;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.notifications = notifications;
    }

    public Result run(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        Result result = transactions.inTransaction(() -> bill(actor, command, today, notices));
        if (!notices.isEmpty()) {
            notifications.execute(() -> notify(notices, command));
        }
        return new Result(result.run(), result.invoices(), notices.size());
    }

    /** Emails each notified family's guardians who have an account; one failure does not stop the others, and is reported at the end. */
    private void notify(List<Notice> notices, Command command) {
        int failed = 0;
        RuntimeException first = null;
        for (Notice notice : notices) {
            for (Guardian guardian : notice.guardians()) {
                try {
                    var account = accounts.byGuardian(guardian.id());
                    if (account.isPresent()) {
                        mailer.send(mail(account.get(), guardian, notice.invoice(), command));
                    }
                } catch (RuntimeException notDelivered) {
                    failed++;
                    first = first == null ? notDelivered : first;
                }
            }
        }
        if (first != null) {
            throw new IllegalStateException(failed + " invoice email(s) of " + command.regie() + " " + command.month() + " not sent", first);
        }
    }

    private Result bill(Actor actor, Command command, LocalDate today, List<Notice> notices) {
        Regie regie = command.regie();
        YearMonth month = command.month();
        runs.lockRegie(regie);
        TariffSchedule schedule = tariffs.schedule();
        BillingRun.refusalToStart(regie, month, command.issue(), today, runs.issued(regie, month), schedule).ifPresent(refusal -> {
            throw Refusals.refuse(refusal);
        });
        runs.draft(regie, month).ifPresent(previous -> {
            invoices.removeDraftsOf(previous.id());
            runs.remove(previous.id());
        });
        BillingRun run = BillingRun.start(regie, month, command.issue(), clock.instant(), today, actor.username());
        runs.add(run);
        List<RunInvoice> billed = new ArrayList<>();
        FamilyId after = null;
        List<Family> page;
        while (!(page = families.after(after, PAGE)).isEmpty()) {
            List<Invoice> made = invoicesOf(run, page, schedule);
            if (command.issue() && !made.isEmpty()) {
                long last = numbers.take(regie, InvoiceNumbering.yearOf(today), made.size());
                List<InvoiceNumber> taken = InvoiceNumbering.following(regie, today, last, made.size());
                for (int i = 0; i < made.size(); i++) {
                    made.set(i, made.get(i).issue(taken.get(i), today));
                }
            }
            invoices.addAll(made);
            Map<FamilyId, Family> byId = new HashMap<>();
            page.forEach(family -> byId.put(family.id(), family));
            for (Invoice invoice : made) {
                RunInvoice summary = new RunInvoice(invoice.id(), invoice.family(), invoice.recipient().name(), invoice.number(),
                        invoice.total(), invoice.paper());
                billed.add(summary);
                run = run.plus(1, invoice.total());
                if (command.issue() && !invoice.paper()) {
                    notices.add(new Notice(summary, byId.get(invoice.family()).guardians()));
                }
            }
            after = page.get(page.size() - 1).id();
        }
        runs.update(run);
        audit.record(actor, command.issue() ? "BILLING_RUN_ISSUED" : "BILLING_RUN_DRAFTED", run.id(), null, describe(run, billed));
        return new Result(run, billed, 0);
    }

    /** The drafts of a page of families, in the page's order. */
    private List<Invoice> invoicesOf(BillingRun run, List<Family> page, TariffSchedule schedule) {
        List<ChildId> children = page.stream().flatMap(f -> f.children().stream()).map(Child::id).toList();
        Map<ChildId, FamilyId> familyOf = new HashMap<>();
        page.forEach(family -> family.children().forEach(child -> familyOf.put(child.id(), family.id())));
        Map<FamilyId, List<InvoiceLine>> lines = run.regie() == Regie.SCHOOL
                ? canteenLines(page, children, familyOf, run.month(), schedule)
                : nurseryLines(page, children, familyOf, run.month(), schedule.nurseryOn(run.month().atDay(1)).orElseThrow());
        List<Invoice> made = new ArrayList<>();
        for (Family family : page) {
            Invoice.draft(run.id(), family.id(), Recipient.of(family), !family.paperless(), run.regie(), run.month(),
                    lines.getOrDefault(family.id(), List.of())).ifPresent(made::add);
        }
        return made;
    }

    private Map<FamilyId, List<InvoiceLine>> canteenLines(List<Family> page, Collection<ChildId> children,
            Map<ChildId, FamilyId> familyOf, YearMonth month, TariffSchedule schedule) {
        Map<FamilyId, List<CanteenDay>> days = new HashMap<>();
        if (!children.isEmpty()) {
            for (CanteenDay day : canteen.of(children, month)) {
                requireAsked(familyOf.containsKey(day.child()) && YearMonth.from(day.date()).equals(month), day);
                days.computeIfAbsent(familyOf.get(day.child()), id -> new ArrayList<>()).add(day);
            }
        }
        Map<FamilyId, List<InvoiceLine>> lines = new HashMap<>();
        for (Family family : page) {
            List<CanteenDay> ofFamily = days.get(family.id());
            if (ofFamily != null) {
                lines.put(family.id(), CanteenBillingPolicy.lines(family, ofFamily, schedule));
            }
        }
        return lines;
    }

    private Map<FamilyId, List<InvoiceLine>> nurseryLines(List<Family> page, Collection<ChildId> children,
            Map<ChildId, FamilyId> familyOf, YearMonth month, NurseryTariff tariff) {
        Map<FamilyId, List<NurseryMonth>> months = new HashMap<>();
        if (!children.isEmpty()) {
            for (NurseryMonth childMonth : nursery.of(children, month)) {
                requireAsked(familyOf.containsKey(childMonth.child()), childMonth);
                months.computeIfAbsent(familyOf.get(childMonth.child()), id -> new ArrayList<>()).add(childMonth);
            }
        }
        Map<FamilyId, List<InvoiceLine>> lines = new HashMap<>();
        for (Family family : page) {
            List<NurseryMonth> ofFamily = months.get(family.id());
            if (ofFamily != null) {
                lines.put(family.id(), NurseryBillingPolicy.lines(family, ofFamily, tariff));
            }
        }
        return lines;
    }

    private static void requireAsked(boolean asked, Object entry) {
        if (!asked) {
            throw new IllegalStateException("Consumption answered with an entry that was not asked for: " + entry);
        }
    }

    private Mail mail(Account account, Guardian guardian, RunInvoice invoice, Command command) {
        return MailComposer.subject(town, "Nouvelle facture " + invoice.number() + " disponible sur l'Espace Famille")
                .paragraph("Bonjour " + guardian.fullName() + ",")
                .paragraph("Votre facture " + command.regie().frenchName() + " de " + BillingRun.french(command.month()) + " (n° "
                        + invoice.number() + ", " + invoice.total().toFrench() + ") est disponible sur l'Espace Famille :")
                .link("Consulter la facture", baseUrl + "/espace/factures/" + invoice.id())
                .paragraph("Vous pouvez la consulter, la télécharger et la payer en ligne.")
                .to(account.email());
    }

    private static String describe(BillingRun run, List<RunInvoice> billed) {
        boolean numbered = !billed.isEmpty() && billed.get(0).number() != null;
        List<Object> fields = new ArrayList<>(List.of("regie", run.regie(), "month", run.month(), "status", run.status(),
                "invoiceCount", run.invoiceCount(), "totalCents", run.total().cents()));
        if (numbered) {
            fields.addAll(List.of("firstNumber", billed.get(0).number(), "lastNumber", billed.get(billed.size() - 1).number()));
        }
        return AuditJson.of(fields.toArray());
    }
}
