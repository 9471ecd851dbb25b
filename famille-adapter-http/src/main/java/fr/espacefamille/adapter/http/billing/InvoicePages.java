package fr.espacefamille.adapter.http.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.InvoiceDebit;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The parents' pages « Mes factures »: their invoices per régie with what is left to pay, an
 * invoice's detail and PDF, and the « Payer » button (whose route belongs to the card payment).
 */
public final class InvoicePages implements Feature {

    /** A régie's invoices of the family, with what is left to pay and whether it is paid by direct debit. */
    public record RegieInvoices(Regie regie, List<InvoiceSummary> invoices, Money due, boolean directDebit) {

        /** Whether the list offers « Payer »: something is left to pay by card (not left to direct debit, not sent to the Trésor public). */
        public boolean payable(InvoiceSummary invoice, LocalDate today) {
            return !directDebit && invoice.issued() && invoice.balance().isPositive() && invoice.status(today) != InvoiceStatus.TRANSFERRED;
        }
    }

    private final ReadInvoices readInvoices;
    private final ReadDirectDebits directDebits;
    private final InvoiceDownloads downloads;
    private final ReadReminders readReminders;

    InvoicePages(ReadInvoices readInvoices, ReadDirectDebits directDebits, InvoiceDownloads downloads, ReadReminders readReminders) {
        this.readInvoices = readInvoices;
        this.readReminders = readReminders;
        this.directDebits = directDebits;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/espace/factures", this::list);
        routes.get("/espace/factures/{id}", this::detail);
        routes.get("/espace/factures/{id}/pdf", ctx -> downloads.pdf(ctx, invoice(ctx, Pages.actor(ctx)), readInvoices.today()));
    }

    private void list(Context ctx) {
        Actor actor = Pages.actor(ctx);
        if (actor.isStaff()) {
            ctx.redirect("/agents/factures", HttpStatus.SEE_OTHER);
            return;
        }
        List<InvoiceSummary> all = readInvoices.ofOwnFamily(actor);
        List<RegieInvoices> regies = new ArrayList<>();
        Money due = Money.ZERO;
        for (Regie regie : Regie.values()) {
            List<InvoiceSummary> ofRegie = all.stream().filter(i -> i.regie() == regie).toList();
            Money regieDue = ofRegie.stream().map(InvoiceSummary::balance).reduce(Money.ZERO, Money::plus);
            boolean directDebit = actor.family().map(f -> directDebits.hasActiveMandate(f, regie)).orElse(false);
            regies.add(new RegieInvoices(regie, ofRegie, regieDue, directDebit));
            due = due.plus(regieDue);
        }
        Pages.render(ctx, "billing/my-invoices.jte", Pages.context(ctx, "Mes factures"),
                Map.of("regies", regies, "due", due, "today", readInvoices.today()));
    }

    private void detail(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Invoice invoice = invoice(ctx, actor);
        Optional<InvoiceDebit> debit = directDebits.ofInvoice(invoice);
        Pages.render(ctx, "billing/my-invoice.jte", Pages.context(ctx, "Facture " + invoice.number()),
                Map.of("invoice", invoice, "today", readInvoices.today(), "debit", debit,
                        "canPay", invoice.balance().isPositive() && !debit.map(InvoiceDebit::collects).orElse(false) && !invoice.transferred(),
                        "reminders", readReminders.of(actor, invoice.id()), "treasuryNotice", InvoicePdf.TREASURY_NOTICE));
    }

    private Invoice invoice(Context ctx, Actor actor) {
        if (actor.isStaff()) {
            // staff read invoices on their own pages, which show drafts and settlement forms
            throw Refusals.notFound();
        }
        InvoiceId id = Web.pathId(ctx, "id", InvoiceId::parse);
        return readInvoices.byId(actor, id);
    }
}
