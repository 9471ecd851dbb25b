package fr.espacefamille.adapter.http.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.espacefamille.adapter.http.shared.Csv;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.InvoiceDebit;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.reminder.Reminder;
import io.javalin.http.Context;

/** The files of billing, shared by the API and the pages: an invoice's PDF, a run's print batch and CSV export. */
final class InvoiceDownloads {

    private final ReadDirectDebits directDebits;
    private final ReadBillingRuns readRuns;
    private final ReadReminders readReminders;
    private final String portalUrl;

    InvoiceDownloads(ReadDirectDebits directDebits, ReadBillingRuns readRuns, ReadReminders readReminders, String portalUrl) {
        this.directDebits = directDebits;
        this.readRuns = readRuns;
        this.readReminders = readReminders;
        this.portalUrl = portalUrl;
    }

    InvoicePdf.PaymentInfo paymentInfo(Invoice invoice) {
        return new InvoicePdf.PaymentInfo(portalUrl, debit(invoice));
    }

    /** How the invoice is paid by direct debit, or null. */
    InvoiceDebit debit(Invoice invoice) {
        return directDebits.ofInvoice(invoice).orElse(null);
    }

    void pdf(Context ctx, Invoice invoice, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InvoicePdf pdf = InvoicePdf.to(out, Pages.settings(ctx).town())) {
            pdf.add(invoice, paymentInfo(invoice), today);
        }
        String name = invoice.issued() ? "facture-" + invoice.number() : "brouillon-" + invoice.id();
        ctx.header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
        ctx.contentType("application/pdf").result(out.toByteArray());
    }

    /**
     * The run's paper invoices as one PDF, streamed to the response as the invoices are read. An
     * invoice still unpaid after a reminder is followed by the page of its latest reminder, which
     * paper families receive by post.
     */
    void printBatch(Context ctx, Actor actor, BillingRunId id, LocalDate today) {
        BillingRun run = readRuns.details(actor, id).run();
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"impression-" + run.regie().prefix() + "-" + run.month() + ".pdf\"");
        try {
            OutputStream out = ctx.outputStream();
            try (InvoicePdf pdf = InvoicePdf.to(out, Pages.settings(ctx).town())) {
                readRuns.printBatch(actor, id, invoice -> {
                    pdf.add(invoice, paymentInfo(invoice), today);
                    if (invoice.status(today) == InvoiceStatus.OVERDUE) {
                        List<Reminder> reminders = readReminders.of(actor, invoice.id());
                        if (!reminders.isEmpty()) {
                            pdf.addReminder(invoice, reminders.get(reminders.size() - 1), portalUrl);
                        }
                    }
                });
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run's invoices as CSV for a spreadsheet: semicolons, decimal commas, and a byte-order mark so that accents show. */
    void csv(Context ctx, Actor actor, BillingRunId id, LocalDate today) {
        ReadBillingRuns.RunDetails details = readRuns.details(actor, id);
        Csv csv = Csv.withHeader("numéro", "foyer", "régie", "mois", "émise le", "échéance", "montant", "payé", "avoirs", "reste",
                "état", "envoi");
        for (InvoiceSummary s : details.invoices()) {
            csv.row(s.number(), s.familyName(), s.regie().frenchName(), s.month(), s.issuedOn(), s.dueOn(), amount(s.total().cents()),
                    amount(s.paid().cents()), amount(s.credited().cents()), amount(s.balance().cents()), s.status(today).frenchLabel(),
                    s.paper() ? "papier" : "en ligne");
        }
        BillingRun run = details.run();
        ctx.header("Content-Disposition", "attachment; filename=\"facturation-" + run.regie().prefix() + "-" + run.month()
                + (run.issued() ? "" : "-brouillon") + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.forSpreadsheet());
    }

    static String euros(long cents) {
        return String.format(Locale.ROOT, "%s%d,%02d", cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }

    /** An amount for a spreadsheet, a number even when negative. */
    static Csv.Figure amount(long cents) {
        return new Csv.Figure(euros(cents));
    }
}
