package fr.espacefamille.adapter.http.billing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.adapter.http.shared.Csv;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.reminder.ListTreasuryTransfers;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.yearly.ReadBillingRate;
import fr.espacefamille.application.yearly.ReadTaxCertificates;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;
import fr.espacefamille.domain.yearly.BillingRate;
import io.javalin.http.Context;

/**
 * The files of SPEC §11–§12, shared by the API and the pages (built, then sent with their headers): the état of invoices transferred to
 * the Trésor public (CSV, PDF), the tax certificates (PDF) and the CAF billing rate (CSV). CSV in
 * billing's idiom: semicolons, decimal commas, a byte-order mark, formula signs neutralised.
 */
final class FollowUpFiles {

    static final String LEGAL_MENTION = "Attestation délivrée pour servir au titre du crédit d'impôt pour frais de garde des "
            + "enfants de moins de 6 ans, article 200 quater B du code général des impôts. Montants effectivement payés au cours "
            + "de l'année, hors aides perçues.";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x0b, 0x4f, 0x8a));
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private FollowUpFiles() {
    }

    private static byte[] transfersCsv(ListTreasuryTransfers.Listing listing) {
        Csv csv = Csv.withHeader("numéro", "foyer", "régie", "mois", "échéance", "reste", "transmise le", "état");
        for (ListTreasuryTransfers.Row row : listing.rows()) {
            InvoiceSummary s = row.invoice();
            csv.row(s.number(), s.familyName(), s.regie().frenchName(), s.month(), s.dueOn(), InvoiceDownloads.amount(s.balance().cents()),
                    s.transferredOn(), row.transferred() ? "transmise" : "à transmettre");
        }
        return csv.forSpreadsheet();
    }

    private static byte[] billingRateCsv(ReadBillingRate.YearRate year) {
        Csv csv = Csv.withHeader("mois", "demi-heures facturées", "demi-heures réalisées", "taux", "alerte");
        for (ReadBillingRate.MonthRate month : year.months()) {
            rateLine(csv, month.month().toString(), month.rate());
        }
        rateLine(csv, String.valueOf(year.year()), year.total());
        return csv.forSpreadsheet();
    }

    private static void rateLine(Csv csv, String period, BillingRate rate) {
        csv.row(period, rate.billedHalfHours(), rate.attendedHalfHours(),
                rate.percent().map(p -> new Csv.Figure(p.toPlainString().replace('.', ','))).orElse(null), BillingFormat.flag(rate.flag()));
    }

    /** Sends the day's transfers as a spreadsheet download. */
    static void transfersCsv(Context ctx, ListTreasuryTransfers.Listing listing) {
        ctx.header("Content-Disposition", "attachment; filename=\"tresor-public-" + listing.on() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(transfersCsv(listing));
    }

    /** Sends the day's état as a PDF shown in the browser. */
    static void transfersPdf(Context ctx, ListTreasuryTransfers.Listing listing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfersPdf(listing, Pages.settings(ctx).town(), out);
        ctx.header("Content-Disposition", "inline; filename=\"etat-tresor-public-" + listing.on() + ".pdf\"");
        ctx.contentType("application/pdf").result(out.toByteArray());
    }

    /** Sends the certificates as one PDF: a download for staff's batch, shown in the browser for a family. */
    static void certificatesPdf(Context ctx, List<ReadTaxCertificates.Certificate> all, boolean batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificatesPdf(all, batch, Pages.settings(ctx).town(), out);
        String year = all.isEmpty() ? ctx.pathParamMap().getOrDefault("year", "") : String.valueOf(all.get(0).year().getValue());
        ctx.header("Content-Disposition", (batch ? "attachment" : "inline") + "; filename=\"attestation" + (batch ? "s" : "")
                + "-fiscale" + (batch ? "s" : "") + "-" + year + ".pdf\"");
        ctx.contentType("application/pdf").result(out.toByteArray());
    }

    /** Sends the year's billing rate as a spreadsheet download. */
    static void billingRateCsv(Context ctx, ReadBillingRate.YearRate rates) {
        ctx.header("Content-Disposition", "attachment; filename=\"taux-de-facturation-" + rates.year() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(billingRateCsv(rates));
    }

    /** A year in a URL, four digits. */
    static int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw Refusals.invalid("year", "année sur quatre chiffres attendue");
        }
        return Integer.parseInt(text);
    }

    /** The état for the Trésor public: the day's invoices with the family, the régie and the amount. */
    static void transfersPdf(ListTreasuryTransfers.Listing listing, Town town, OutputStream out) {
        Document document = open(out, "État des factures transmises au Trésor public");
        document.add(new Paragraph(town.title() + " — état des factures transmises au Trésor public", TITLE));
        document.add(new Paragraph("Journée du " + listing.on().format(InvoicePdf.FRENCH_DATE) + " — " + listing.rows().size()
                + (listing.rows().size() > 1 ? " factures" : " facture") + " — total " + InvoicePdf.money(listing.total()), TEXT));
        PdfPTable table = new PdfPTable(new float[] {1.6f, 2.2f, 1.4f, 1.1f, 1.1f, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String column : List.of("Facture", "Foyer", "Régie", "Échéance", "Reste dû", "État")) {
            table.addCell(new PdfPCell(new Phrase(column, HEADING)));
        }
        for (ListTreasuryTransfers.Row row : listing.rows()) {
            InvoiceSummary s = row.invoice();
            table.addCell(new Phrase(s.number().toString(), TEXT));
            table.addCell(new Phrase(s.familyName(), TEXT));
            table.addCell(new Phrase(s.regie().frenchName(), TEXT));
            table.addCell(new Phrase(s.dueOn().format(InvoicePdf.FRENCH_DATE), TEXT));
            PdfPCell amount = new PdfPCell(new Phrase(InvoicePdf.money(s.balance()), TEXT));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
            table.addCell(new Phrase(row.transferred() ? "Transmise" : "À transmettre", TEXT));
        }
        document.add(table);
        document.close();
    }

    /** One page per family's certificate, then, for staff, a last page with the number and the total. */
    static void certificatesPdf(List<ReadTaxCertificates.Certificate> certificates, boolean withSummary, Town town, OutputStream out) {
        Document document = open(out, "Attestations fiscales — frais de garde");
        boolean first = true;
        for (ReadTaxCertificates.Certificate certificate : certificates) {
            if (!first) {
                document.newPage();
            }
            first = false;
            certificate(document, certificate, town);
        }
        if (withSummary) {
            if (!first) {
                document.newPage();
            }
            Money total = certificates.stream().map(ReadTaxCertificates.Certificate::total).reduce(Money.ZERO, Money::plus);
            document.add(new Paragraph("Récapitulatif", TITLE));
            document.add(new Paragraph(certificates.size() + (certificates.size() > 1 ? " attestations" : " attestation")
                    + " — total des sommes attestées\u00a0: " + InvoicePdf.money(total), TEXT));
        } else if (first) {
            document.add(new Paragraph("Aucune somme payée pour la garde d'un enfant de moins de 6 ans cette année-là.", TEXT));
        }
        document.close();
    }

    private static void certificate(Document document, ReadTaxCertificates.Certificate certificate, Town town) {
        int year = certificate.year().getValue();
        document.add(new Paragraph(town.title() + " — " + town.address(), TEXT));
        document.add(new Paragraph("Régie " + Regie.EARLY_CHILDHOOD.frenchName() + " — " + town.nursery(), TEXT));
        Paragraph title = new Paragraph("Attestation fiscale " + year + " — frais de garde des enfants de moins de 6 ans", TITLE);
        title.setSpacingBefore(18);
        document.add(title);
        var family = certificate.family();
        String guardians = family.guardians().stream().map(Guardian::fullName).collect(Collectors.joining(" et "));
        Paragraph to = new Paragraph("Foyer " + family.name() + "\u00a0: " + guardians + "\n" + family.address().line1()
                + (family.address().line2() == null ? "" : "\n" + family.address().line2()) + "\n" + family.address().postcode() + " "
                + family.address().city(), TEXT);
        to.setSpacingBefore(10);
        document.add(to);
        Paragraph intro = new Paragraph("Le régisseur de la régie Petite enfance atteste que le foyer a payé en " + year
                + ", pour l'accueil de ses enfants au multi-accueil, les sommes suivantes\u00a0:", TEXT);
        intro.setSpacingBefore(10);
        document.add(intro);
        PdfPTable table = new PdfPTable(new float[] {2.5f, 1.5f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String column : List.of("Enfant", "Date de naissance", "Montant payé")) {
            table.addCell(new PdfPCell(new Phrase(column, HEADING)));
        }
        for (ReadTaxCertificates.ChildAmount child : certificate.children()) {
            table.addCell(new Phrase(child.child().firstName() + " " + child.child().lastName(), TEXT));
            table.addCell(new Phrase(child.child().birthDate().format(InvoicePdf.FRENCH_DATE), TEXT));
            PdfPCell amount = new PdfPCell(new Phrase(InvoicePdf.money(child.amount()), TEXT));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
        }
        document.add(table);
        Paragraph mention = new Paragraph(LEGAL_MENTION, TEXT);
        mention.setSpacingBefore(12);
        document.add(mention);
        Paragraph footer = new Paragraph("Fait à " + town.name() + ". Espace Famille — Service Enfance, " + FrenchText.phone(town.townHallPhone()) + ".", SMALL);
        footer.setSpacingBefore(18);
        document.add(footer);
    }

    private static Document open(OutputStream out, String title) {
        Document document = new Document(PageSize.A4, 48, 48, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Espace Famille");
        document.open();
        return document;
    }
}
