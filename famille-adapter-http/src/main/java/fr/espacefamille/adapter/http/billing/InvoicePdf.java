package fr.espacefamille.adapter.http.billing;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.application.billing.InvoiceDebit;
import fr.espacefamille.application.reminder.ReminderLetter;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.reminder.Reminder;
import fr.espacefamille.domain.reminder.ReminderLevel;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;

/**
 * Invoices as PDF (OpenPDF): the town's header, the family's address, the lines grouped by child,
 * the total, what is left to pay, the due date and how to pay. A print batch is one document with
 * one invoice per page (or more when an invoice is long), written as it goes.
 */
public final class InvoicePdf implements AutoCloseable {

    /** What a family whose invoice went to the Trésor public is told, on the PDF and on the invoice's page. */
    static final String TREASURY_NOTICE = "Cette facture a été transmise au Trésor public\u00a0: la mairie n'en encaisse plus le "
            + "paiement. Vous recevrez du Trésor public un avis des sommes à payer\u00a0; réglez-le à sa réception, "
            + "selon les moyens qu'il indique.";

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x0b, 0x4f, 0x8a));
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    /** What the PDF says about paying: where to pay online, and how the invoice is paid by direct debit (null when it is not). */
    public record PaymentInfo(String portalUrl, InvoiceDebit directDebit) {
    }

    private final Document document;
    private final Town town;
    private boolean first = true;

    private InvoicePdf(OutputStream out, Town town) {
        this.town = town;
        document = new Document(PageSize.A4, 48, 48, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle("Factures — " + town.title());
        document.addCreator("Espace Famille");
        document.open();
    }

    /** A PDF written to {@code out} in the name of {@code town}; add invoices, then close it. */
    public static InvoicePdf to(OutputStream out, Town town) {
        return new InvoicePdf(out, town);
    }

    /** Adds an invoice, on a new page. */
    public void add(Invoice invoice, PaymentInfo payment, LocalDate today) {
        try {
            if (!first) {
                document.newPage();
            }
            first = false;
            write(invoice, payment, today);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
    }

    /** Adds the letter of an invoice's reminder, on a new page: what paper families receive by post. */
    public void addReminder(Invoice invoice, Reminder reminder, String portalUrl) {
        try {
            document.newPage();
            first = false;
            header(invoice);
            Paragraph heading = new Paragraph(reminder.level().frenchName() + " — facture n° " + invoice.number(), TITLE);
            heading.setSpacingBefore(18);
            document.add(heading);
            document.add(new Paragraph(town.name() + ", le " + reminder.sentOn().format(FRENCH_DATE), TEXT));
            for (String text : List.of(ReminderLetter.body(invoice).replace('\u202f', ' '), ReminderLetter.HOW_TO_PAY
                    + " Espace Famille\u00a0: " + portalUrl + "/espace/factures", reminder.level() == ReminderLevel.SECOND
                    ? ReminderLetter.lastWarning(invoice) : "", "Si vous avez réglé cette facture entre-temps, merci de ne pas tenir "
                    + "compte de ce courrier.")) {
                if (!text.isEmpty()) {
                    Paragraph paragraph = new Paragraph(text, TEXT);
                    paragraph.setSpacingBefore(10);
                    document.add(paragraph);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
    }

    @Override
    public void close() {
        if (first) {
            document.add(new Paragraph("Aucune facture à imprimer.", TEXT));
        }
        document.close();
    }

    /** The town and régie on the left, the family's address on the right. */
    private void header(Invoice invoice) {
        PdfPTable header = new PdfPTable(new float[] {1.2f, 1f});
        header.setWidthPercentage(100);
        header.addCell(plain(lines(town.title(), town.address(), "Service Enfance\u00a0: " + FrenchText.phone(town.townHallPhone()),
                "Régie " + invoice.regie().frenchName()), TEXT, Element.ALIGN_LEFT));
        var to = invoice.recipient();
        header.addCell(plain(lines("Famille " + to.name(), to.address().line1(), to.address().line2(),
                to.address().postcode() + " " + to.address().city()), BOLD, Element.ALIGN_LEFT));
        document.add(header);
    }

    private void write(Invoice invoice, PaymentInfo payment, LocalDate today) {
        header(invoice);

        String title = invoice.issued() ? "Facture n° " + invoice.number() : "Projet de facture (brouillon, non émise)";
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingBefore(18);
        document.add(heading);
        document.add(new Paragraph("Période\u00a0: " + invoice.month().format(FRENCH_MONTH)
                + (invoice.issued() ? " — émise le " + invoice.issuedOn().format(FRENCH_DATE)
                        + " — à payer avant le " + invoice.dueOn().format(FRENCH_DATE) : ""), TEXT));

        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.1f, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String column : List.of("Désignation", "Quantité", "Prix unitaire", "Montant")) {
            PdfPCell cell = new PdfPCell(new Phrase(column, HEADING));
            cell.setBackgroundColor(new Color(0xf2, 0xf5, 0xf9));
            cell.setHorizontalAlignment(column.equals("Désignation") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        for (List<InvoiceLine> ofChild : byChild(invoice.lines()).values()) {
            PdfPCell child = new PdfPCell(new Phrase(ofChild.get(0).childName(), BOLD));
            child.setColspan(4);
            table.addCell(child);
            for (InvoiceLine line : ofChild) {
                table.addCell(new PdfPCell(new Phrase(line.label(), TEXT)));
                table.addCell(right(quantity(line), TEXT));
                table.addCell(right(money(line.unitPrice()), TEXT));
                table.addCell(right(money(line.amount()), TEXT));
            }
        }
        total(table, "Total de la facture", invoice.total(), BOLD);
        if (invoice.paid().isPositive()) {
            total(table, "Déjà payé", invoice.paid(), TEXT);
        }
        if (invoice.credited().isPositive()) {
            total(table, "Avoirs", invoice.credited(), TEXT);
        }
        if (invoice.balance().isNegative()) {
            total(table, "Trop-perçu à rembourser", invoice.balance().negate(), BOLD);
        } else {
            total(table, "Reste à payer", invoice.balance(), BOLD);
        }
        document.add(table);

        if (invoice.issued()) {
            InvoiceStatus status = invoice.status(today);
            Paragraph how = new Paragraph();
            how.setSpacingBefore(14);
            how.add(new Phrase("Comment payer\n", HEADING));
            InvoiceDebit debit = payment.directDebit();
            if (debit != null && debit.collects()) {
                how.add(new Phrase(debit.sentence() + (status == InvoiceStatus.PAID ? ". Cette facture est réglée. Merci."
                        : ". Aucune démarche n'est nécessaire."), TEXT));
            } else if (status == InvoiceStatus.PAID) {
                how.add(new Phrase("Cette facture est réglée. Merci.", TEXT));
            } else if (status == InvoiceStatus.TRANSFERRED) {
                how.add(new Phrase(TREASURY_NOTICE, TEXT));
            } else {
                if (debit != null) {
                    how.add(new Phrase(debit.sentence() + ".\n", BOLD));
                }
                how.add(new Phrase("Avant le " + invoice.dueOn().format(FRENCH_DATE) + ", au choix\u00a0:\n"
                        + "• en ligne par carte bancaire sur l'Espace Famille\u00a0: " + payment.portalUrl() + "/espace/factures\n"
                        + "• au guichet de la mairie, en espèces ou par chèque à l'ordre du Trésor public, "
                        + "en indiquant le numéro " + invoice.number() + "\u00a0;\n"
                        + "• par prélèvement automatique\u00a0: souscrivez en ligne sur l'Espace Famille, rubrique «\u00a0Prélèvement\u00a0», "
                        + "ou au guichet de la mairie.", TEXT));
            }
            document.add(how);
        }
        Paragraph footer = new Paragraph("Espace Famille — " + town.title() + ". Montants en euros. "
                + "Pour toute question sur cette facture\u00a0: Service Enfance, " + FrenchText.phone(town.townHallPhone()) + ".", SMALL);
        footer.setSpacingBefore(18);
        document.add(footer);
    }

    static Map<ChildId, List<InvoiceLine>> byChild(List<InvoiceLine> lines) {
        Map<ChildId, List<InvoiceLine>> grouped = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            grouped.computeIfAbsent(line.child(), c -> new ArrayList<>()).add(line);
        }
        return grouped;
    }

    /** Amounts without the narrow no-break space, which the PDF's standard fonts do not have. */
    static String money(Money amount) {
        return amount.toFrench().replace('\u202f', ' ');
    }

    static String quantity(InvoiceLine line) {
        String number = line.quantity().toPlainString().replace('.', ',');
        return line.kind().countsHours() ? number + " h" : number;
    }

    private static String lines(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(text.length() == 0 ? "" : "\n").append(part);
            }
        }
        return text.toString();
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void total(PdfPTable table, String label, Money amount, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setColspan(3);
        name.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(name);
        table.addCell(right(money(amount), font));
    }
}
