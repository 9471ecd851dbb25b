package fr.espacefamille.adapter.http.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Staff billing pages: billing runs (draft preview, issue, CSV export, print batch), invoices by
 * month and status (overdue ones included), an invoice with its payment and credit-note forms, a
 * family's invoices and direct-debit mandates.
 */
public final class BillingPages implements Feature {

    static final int PAGE_LIMIT = 2_000;
    private static final String AMOUNT = "Indiquez le montant reçu en euros, par exemple 12,50.";
    private static final String CREDIT_AMOUNT = "Indiquez le montant de l'avoir en euros, par exemple 2,50.";

    private final RunMonthlyBilling runMonthlyBilling;
    private final ReadBillingRuns readRuns;
    private final ReadInvoices readInvoices;
    private final RecordPayment recordPayment;
    private final IssueCreditNote issueCreditNote;
    private final SetDirectDebit setDirectDebit;
    private final ReadDirectDebits directDebits;
    private final FindFamily findFamily;
    private final InvoiceDownloads downloads;

    BillingPages(RunMonthlyBilling runMonthlyBilling, ReadBillingRuns readRuns, ReadInvoices readInvoices, RecordPayment recordPayment,
            IssueCreditNote issueCreditNote, SetDirectDebit setDirectDebit, ReadDirectDebits directDebits, FindFamily findFamily,
            InvoiceDownloads downloads) {
        this.runMonthlyBilling = runMonthlyBilling;
        this.readRuns = readRuns;
        this.readInvoices = readInvoices;
        this.recordPayment = recordPayment;
        this.issueCreditNote = issueCreditNote;
        this.setDirectDebit = setDirectDebit;
        this.directDebits = directDebits;
        this.findFamily = findFamily;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/agents/facturation", ctx -> {
            if (!Pages.actor(ctx).role().mayActAs(Role.FINANCE_AGENT)) {
                // other agents answer families about their invoices but do not run billing
                ctx.redirect("/agents/factures", HttpStatus.SEE_OTHER);
                return;
            }
            runs(ctx, Pages.context(ctx, "Facturation"), Map.of(), 200);
        }, Access.anyStaff());
        routes.post("/agents/facturation", this::startRun, Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/lancements/{id}", this::run, Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/lancements/{id}/factures.csv", ctx ->
                downloads.csv(ctx, Pages.actor(ctx), runId(ctx), readInvoices.today()), Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/lancements/{id}/impression.pdf", ctx ->
                downloads.printBatch(ctx, Pages.actor(ctx), runId(ctx), readInvoices.today()), Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/factures", this::invoices, Access.anyStaff());
        routes.get("/agents/factures/{id}", ctx -> invoice(ctx, Pages.context(ctx, "Facture"), Map.of(), 200), Access.anyStaff());
        routes.get("/agents/factures/{id}/pdf", ctx -> downloads.pdf(ctx, readInvoices.byId(Pages.actor(ctx), invoiceId(ctx)), readInvoices.today()),
                Access.anyStaff());
        routes.post("/agents/factures/{id}/paiements", this::pay, Access.staff(Role.FINANCE_AGENT));
        routes.post("/agents/factures/{id}/avoirs", this::credit, Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/familles/{id}/facturation", ctx -> family(ctx, Pages.context(ctx, "Facturation du foyer"), 200), Access.anyStaff());
        routes.post("/agents/familles/{id}/prelevement", this::directDebit, Access.staff(Role.FINANCE_AGENT));
    }

    private static BillingRunId runId(Context ctx) {
        return Web.pathId(ctx, "id", BillingRunId::parse);
    }

    private static InvoiceId invoiceId(Context ctx) {
        return Web.pathId(ctx, "id", InvoiceId::parse);
    }

    private void runs(Context ctx, PageContext page, Map<String, String> values, int status) {
        Actor actor = Pages.actor(ctx);
        YearMonth previous = YearMonth.from(readInvoices.today()).minusMonths(1);
        Map<String, String> shown = new HashMap<>(Map.of("regie", "SCHOOL", "month", previous.toString()));
        shown.putAll(values);
        ctx.status(status);
        Pages.render(ctx, "billing/runs.jte", page, Map.of("runs", readRuns.latest(actor), "values", shown, "regies", Regie.values()));
    }

    /**
     * A draft, or the issue of a month. Issuing numbers the invoices and notifies the families for
     * good, so a first « Émettre » shows the draft's count and total and asks to confirm (field
     * {@code confirmed}); only the confirmed form issues.
     */
    private void startRun(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("month");
        PageForm.Field<Regie> regie = form.required("regie", Regie.class, "Choisissez la régie.");
        PageForm.Field<YearMonth> month = form.required("month", YearMonth.class, "Indiquez le mois à facturer (format AAAA-MM).");
        boolean issue = "true".equals(form.text("issue"));
        boolean confirmed = issue && "true".equals(form.text("confirmed"));
        form.submit(() -> runMonthlyBilling.run(actor, new RunMonthlyBilling.Command(regie.get(), month.get(), confirmed)))
                .then(result -> {
                    if (issue && !confirmed) {
                        Pages.render(ctx, "billing/issue-confirm.jte", Pages.context(ctx, "Émettre les factures"), Map.of("run", result.run()));
                        return;
                    }
                    String invoices = FrenchText.count(result.run().invoiceCount(), "facture", "factures");
                    String done = confirmed
                            ? invoices + (result.run().invoiceCount() > 1 ? " émises pour " : " émise pour ") + BillingFormat.money(result.run().total())
                                    + (result.invoices().isEmpty() ? "." : ", du n° " + result.invoices().get(0).number() + " au n° "
                                            + result.invoices().get(result.invoices().size() - 1).number() + ".")
                            : "Brouillon prêt : " + invoices + " pour " + BillingFormat.money(result.run().total()) + ".";
                    Pages.redirect(ctx, "/agents/facturation/lancements/" + result.run().id(), done);
                })
                .orShow(errors -> runs(ctx, Pages.context(ctx, "Facturation").withErrors(errors), form.values(), ctx.statusCode()));
    }

    private void run(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ReadBillingRuns.RunDetails details = readRuns.details(actor, runId(ctx));
        Pages.render(ctx, "billing/run.jte", Pages.context(ctx, "Facturation " + details.run().regie().frenchName() + " — "
                + BillingFormat.month(details.run().month())), Map.of("details", details, "today", readInvoices.today()));
    }

    private void invoices(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Map<String, String> filters = new HashMap<>();
        for (String name : List.of("regie", "mois", "etat")) {
            String value = ctx.queryParam(name);
            filters.put(name, value == null ? "" : value.strip());
        }
        // the three filters are shown together: whatever is wrong is said beside the month
        PageForm query = PageForm.ofQuery(ctx).fields(Map.of("regie", "mois", "etat", "mois")).fallback("mois");
        PageForm.Field<Regie> regie = query.optional("regie", Regie.class, "Filtre invalide : choisissez une régie de la liste.");
        PageForm.Field<YearMonth> month = query.optional("mois", YearMonth.class, "Filtre invalide : indiquez le mois au format AAAA-MM.");
        PageForm.Field<InvoiceStatus> status = query.optional("etat", InvoiceStatus.class, "Filtre invalide : choisissez un état de la liste.")
                .check(wanted -> wanted != InvoiceStatus.DRAFT, "Filtre invalide : les brouillons se consultent dans leur facturation.");
        PageContext page = Pages.context(ctx, "Factures");
        query.submit(() -> readInvoices.search(actor, new InvoiceQuery(regie.get(), month.get(), status.get(), null), PAGE_LIMIT))
                .then(found -> invoices(ctx, page, filters, found))
                .orShow(errors -> invoices(ctx, page.withErrors(errors), filters, List.of()));
    }

    private void invoices(Context ctx, PageContext page, Map<String, String> filters, List<InvoiceSummary> found) {
        Money balance = found.stream().map(InvoiceSummary::balance).reduce(Money.ZERO, Money::plus);
        Pages.render(ctx, "billing/invoices.jte", page, Map.of("filters", filters, "invoices", found, "balance", balance,
                "today", readInvoices.today(), "limit", PAGE_LIMIT, "regies", Regie.values(),
                "statuses", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.OVERDUE,
                        InvoiceStatus.TRANSFERRED)));
    }

    private void invoice(Context ctx, PageContext page, Map<String, String> values, int status) {
        Actor actor = Pages.actor(ctx);
        Invoice invoice = readInvoices.byId(actor, invoiceId(ctx));
        Map<String, String> shown = new HashMap<>(Map.of("method", "CHEQUE", "receivedOn", readInvoices.today().toString(),
                "amount", BillingFormat.eurosInput(invoice.balance().cents())));
        shown.putAll(values);
        // a fresh key each time the form is shown: a double click posts the same one and is recorded once
        shown.put("idempotencyKey", UUID.randomUUID().toString());
        ctx.status(status);
        Pages.render(ctx, "billing/invoice.jte", page.withTitle(invoice.issued() ? "Facture " + invoice.number() : "Brouillon de facture"),
                Map.of("invoice", invoice, "today", readInvoices.today(), "values", shown, "methods",
                        List.of(PaymentMethod.CHEQUE, PaymentMethod.CASH, PaymentMethod.DIRECT_DEBIT),
                        "debit", directDebits.ofInvoice(invoice)));
    }

    private void pay(Context ctx) {
        Actor actor = Pages.actor(ctx);
        InvoiceId id = invoiceId(ctx);
        PageForm form = PageForm.of(ctx).code("PAYMENT_ALREADY_RECORDED", "reference").fallback("amount");
        PageForm.Field<Long> amount = form.required("amount", BillingFormat::euros, AMOUNT).check(cents -> cents > 0, AMOUNT);
        PageForm.Field<PaymentMethod> method = form.required("method", PaymentMethod.class, "Indiquez le mode de paiement.");
        PageForm.Field<LocalDate> receivedOn = form.required("receivedOn", LocalDate.class, "Indiquez la date de réception.");
        form.submit(() -> recordPayment.record(actor, new RecordPayment.Command(id, method.get(), Money.ofCents(amount.get()),
                        receivedOn.get(), form.text("reference"), form.text("idempotencyKey"))))
                .then(recorded -> Pages.redirect(ctx, "/agents/factures/" + id, recorded.replayed() ? "Ce paiement était déjà enregistré."
                        : "Paiement de " + BillingFormat.cents(amount.get()) + " enregistré."))
                .orShow(errors -> invoice(ctx, Pages.context(ctx, "Facture").withErrors(errors), form.values(), 422));
    }

    private void credit(Context ctx) {
        Actor actor = Pages.actor(ctx);
        InvoiceId id = invoiceId(ctx);
        PageForm form = PageForm.of(ctx).fallback("creditAmount");
        PageForm.Field<Long> amount = form.required("creditAmount", BillingFormat::euros, CREDIT_AMOUNT).check(cents -> cents > 0, CREDIT_AMOUNT);
        PageForm.Field<String> reason = form.required("reason", "Indiquez le motif de l'avoir.");
        form.submit(() -> issueCreditNote.issue(actor, new IssueCreditNote.Command(id, Money.ofCents(amount.get()), reason.get())))
                .then(note -> Pages.redirect(ctx, "/agents/factures/" + id, "Avoir " + note.number() + " de "
                        + BillingFormat.money(note.amount()) + " émis."))
                .orShow(errors -> invoice(ctx, Pages.context(ctx, "Facture").withErrors(errors), form.values(), 422));
    }

    private void family(Context ctx, PageContext page, int status) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        var family = findFamily.byId(actor, id);
        ctx.status(status);
        Pages.render(ctx, "billing/family.jte", page.withTitle("Facturation du foyer " + family.name()), Map.of("family", family,
                "invoices", readInvoices.search(actor, new InvoiceQuery(null, null, null, id), PAGE_LIMIT),
                "mandates", directDebits.ofFamily(actor, id), "regies", Regie.values(), "today", readInvoices.today()));
    }

    private void directDebit(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        PageForm form = PageForm.of(ctx);
        // each régie has its own small form: errors go beside the IBAN of the régie posted
        String field = "iban-" + form.values().get("regie");
        form.fields(Map.of("regie", field, "iban", field)).fallback(field);
        PageForm.Field<Regie> regie = form.required("regie", Regie.class, "Choisissez la régie.");
        boolean active = "true".equals(form.values().get("active"));
        form.submit(() -> setDirectDebit.set(actor, new SetDirectDebit.Command(id, regie.get(), active, form.values().get("iban"))))
                .then(ignored -> Pages.redirect(ctx, "/agents/familles/" + id + "/facturation", "Prélèvement "
                        + regie.get().frenchName() + (active ? " activé." : " désactivé.")))
                .orShow(errors -> family(ctx, Pages.context(ctx, "Facturation du foyer").withErrors(errors), 422));
    }
}
