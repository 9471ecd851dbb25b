package fr.espacefamille.adapter.http.billing;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's invoice rows: parents' invoices and PDFs, staff search, payments and credit notes. */
public final class InvoiceApi implements Feature {

    /** Invoices a staff search answers unless it asks for a {@code limit}. */
    static final int DEFAULT_LIMIT = 5_000;

    private final ReadInvoices readInvoices;
    private final RecordPayment recordPayment;
    private final IssueCreditNote issueCreditNote;
    private final InvoiceDownloads downloads;
    private final ReadReminders readReminders;

    InvoiceApi(ReadInvoices readInvoices, RecordPayment recordPayment, IssueCreditNote issueCreditNote, InvoiceDownloads downloads,
            ReadReminders readReminders) {
        this.readInvoices = readInvoices;
        this.readReminders = readReminders;
        this.recordPayment = recordPayment;
        this.issueCreditNote = issueCreditNote;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/invoices", this::own);
        routes.get(API + "/invoices/{id}", this::detail);
        routes.get(API + "/invoices/{id}/pdf", this::pdf);
        routes.get(API + "/admin/invoices", this::search, Access.anyStaff());
        routes.get(API + "/admin/invoices/{id}", this::detail, Access.anyStaff());
        routes.get(API + "/admin/invoices/{id}/pdf", this::pdf, Access.anyStaff());
        routes.post(API + "/admin/invoices/{id}/payments", this::pay, Access.staff(Role.FINANCE_AGENT));
        routes.post(API + "/admin/invoices/{id}/credit-notes", this::credit, Access.staff(Role.FINANCE_AGENT));
    }

    private void own(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate today = readInvoices.today();
        ctx.json(readInvoices.ofOwnFamily(actor).stream().map(s -> BillingJson.InvoiceJson.of(s, today)).toList());
    }

    private void detail(Context ctx) {
        Actor actor = Web.actor(ctx);
        InvoiceId id = Web.pathId(ctx, "id", InvoiceId::parse);
        Invoice invoice = readInvoices.byId(actor, id);
        ctx.json(BillingJson.InvoiceJson.of(invoice, readInvoices.today(), downloads.debit(invoice), readReminders.of(actor, id)));
    }

    private void pdf(Context ctx) {
        Actor actor = Web.actor(ctx);
        downloads.pdf(ctx, readInvoices.byId(actor, Web.pathId(ctx, "id", InvoiceId::parse)), readInvoices.today());
    }

    private void search(Context ctx) {
        Actor actor = Web.actor(ctx);
        InvoiceQuery query = query(ctx.queryParam("regie"), ctx.queryParam("month"), ctx.queryParam("status"), ctx.queryParam("familyId"));
        String limit = ctx.queryParam("limit");
        int max;
        try {
            max = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw Refusals.invalid("limit", "nombre entier attendu");
        }
        LocalDate today = readInvoices.today();
        ctx.json(readInvoices.search(actor, query, max).stream().map(s -> BillingJson.InvoiceJson.of(s, today)).toList());
    }

    /** A staff search from its optional parameters; blank ones are left out. */
    static InvoiceQuery query(String regie, String month, String status, String family) {
        InvoiceStatus wanted = blank(status) ? null : Web.enumValue(InvoiceStatus.class, status, "status");
        if (wanted == InvoiceStatus.DRAFT) {
            throw Refusals.invalid("status", "les brouillons se consultent dans leur facturation");
        }
        return new InvoiceQuery(blank(regie) ? null : Web.enumValue(Regie.class, regie, "regie"),
                blank(month) ? null : Web.month(month, "month"), wanted,
                blank(family) ? null : FamilyId.parse(family).orElseThrow(() -> Refusals.invalid("familyId", "identifiant invalide")));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void pay(Context ctx) {
        Actor actor = Web.actor(ctx);
        InvoiceId id = Web.pathId(ctx, "id", InvoiceId::parse);
        BillingJson.PaymentBody body = Web.body(ctx, BillingJson.PaymentBody.class);
        PaymentMethod method = Web.enumValue(PaymentMethod.class, body.method(), "method");
        long cents = Web.required(body.amountCents(), "amountCents");
        LocalDate receivedOn = Web.date(body.receivedOn(), "receivedOn");
        if (body.reference() != null && body.reference().length() > 100) {
            throw Refusals.invalid("reference", "100 caractères au plus");
        }
        if (cents <= 0) {
            throw Refusals.invalid("amountCents", "le montant doit être positif");
        }
        RecordPayment.Recorded recorded = recordPayment.record(actor, new RecordPayment.Command(id, method, Money.ofCents(cents),
                receivedOn, body.reference(), ctx.header("Idempotency-Key")));
        if (recorded.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).json(new BillingJson.IdJson(recorded.id().toString()));
    }

    private void credit(Context ctx) {
        Actor actor = Web.actor(ctx);
        InvoiceId id = Web.pathId(ctx, "id", InvoiceId::parse);
        BillingJson.CreditNoteBody body = Web.body(ctx, BillingJson.CreditNoteBody.class);
        long cents = Web.required(body.amountCents(), "amountCents");
        Web.required(body.reason(), "reason");
        CreditNote note = issueCreditNote.issue(actor, new IssueCreditNote.Command(id, Money.ofCents(cents), body.reason()));
        ctx.status(201).json(new BillingJson.CreatedCreditNoteJson(note.id().toString(), note.number().toString()));
    }
}
