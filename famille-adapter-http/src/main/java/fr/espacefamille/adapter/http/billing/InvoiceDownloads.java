package fr.espacefamille.adapter.http.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import fr.espacefamille.application.billing.DirectDebitStatus;
import fr.espacefamille.application.billing.InvoiceDebit;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceSummary;
import io.javalin.http.Context;

/** The files of billing, shared by the API and the pages: an invoice's PDF, a run's print batch and CSV export. */
final class InvoiceDownloads {

    private final DirectDebitStatus directDebits;
    private final ReadBillingRuns readRuns;
    private final String portalUrl;

    InvoiceDownloads(DirectDebitStatus directDebits, ReadBillingRuns readRuns, String portalUrl) {
        this.directDebits = directDebits;
        this.readRuns = readRuns;
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
        try (InvoicePdf pdf = InvoicePdf.to(out)) {
            pdf.add(invoice, paymentInfo(invoice), today);
        }
        String name = invoice.issued() ? "facture-" + invoice.number() : "brouillon-" + invoice.id();
        ctx.header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
        ctx.contentType("application/pdf").result(out.toByteArray());
    }

    /** The run's paper invoices as one PDF, streamed to the response as the invoices are read. */
    void printBatch(Context ctx, Actor actor, BillingRunId id, LocalDate today) {
        BillingRun run = readRuns.details(actor, id).run();
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"impression-" + run.regie().prefix() + "-" + run.month() + ".pdf\"");
        try {
            OutputStream out = ctx.outputStream();
            try (InvoicePdf pdf = InvoicePdf.to(out)) {
                readRuns.printBatch(actor, id, invoice -> pdf.add(invoice, paymentInfo(invoice), today));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run's invoices as CSV for a spreadsheet: semicolons, decimal commas, and a byte-order mark so that accents show. */
    void csv(Context ctx, Actor actor, BillingRunId id, LocalDate today) {
        ReadBillingRuns.RunDetails details = readRuns.details(actor, id);
        StringBuilder csv = new StringBuilder("\uFEFFnumero;foyer;regie;mois;emise_le;echeance;montant;paye;avoirs;reste;etat;envoi\r\n");
        for (InvoiceSummary s : details.invoices()) {
            csv.append(s.number() == null ? "" : s.number()).append(';')
                    .append(cell(s.familyName())).append(';')
                    .append(s.regie()).append(';')
                    .append(s.month()).append(';')
                    .append(s.issuedOn() == null ? "" : s.issuedOn()).append(';')
                    .append(s.dueOn() == null ? "" : s.dueOn()).append(';')
                    .append(euros(s.total().cents())).append(';')
                    .append(euros(s.paid().cents())).append(';')
                    .append(euros(s.credited().cents())).append(';')
                    .append(euros(s.balance().cents())).append(';')
                    .append(s.status(today)).append(';')
                    .append(s.paper() ? "papier" : "en ligne").append("\r\n");
        }
        BillingRun run = details.run();
        ctx.header("Content-Disposition", "attachment; filename=\"facturation-" + run.regie().prefix() + "-" + run.month()
                + (run.issued() ? "" : "-brouillon") + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String euros(long cents) {
        return String.format(Locale.ROOT, "%s%d,%02d", cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }

    /** A text cell, quoted when it holds the separator, a quote or a line break; a leading formula sign is neutralised. */
    static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
