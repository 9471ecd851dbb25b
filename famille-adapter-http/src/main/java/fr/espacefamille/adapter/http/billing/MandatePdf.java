package fr.espacefamille.adapter.http.billing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;

/**
 * A direct-debit mandate as a PDF in the wording of the SEPA model mandate (EPC, French version):
 * creditor and its identifier (ICS), debtor and account (masked), RUM, recurrent payment, the
 * authorisation and the debtor's rights, and how and when it was signed. The creditor's address
 * is the configured town hall's.
 */
final class MandatePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD, new Color(0x0b, 0x4f, 0x8a));
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private MandatePdf() {
    }

    static byte[] of(DirectDebitMandate mandate, Creditor creditor, Town town) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle("Mandat de prélèvement SEPA " + mandate.rum());
        document.addCreator("Espace Famille");
        document.open();
        document.add(new Paragraph("Mandat de prélèvement SEPA", TITLE));
        Paragraph reference = new Paragraph("Référence unique du mandat (RUM)\u00a0: " + mandate.rum(), BOLD);
        reference.setSpacingBefore(6);
        document.add(reference);
        String creditorName = creditor.nameFor(mandate.regie());
        Paragraph authorisation = new Paragraph("En signant ce formulaire de mandat, vous autorisez " + creditorName
                + " à envoyer des instructions à votre banque pour débiter votre compte, et votre banque à débiter votre compte "
                + "conformément aux instructions de " + creditorName + ".\n"
                + "Vous bénéficiez du droit d'être remboursé par votre banque selon les conditions décrites dans la convention que "
                + "vous avez passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant la date "
                + "de débit de votre compte pour un prélèvement autorisé, et au plus tard dans les 13 mois en cas de prélèvement "
                + "non autorisé.", TEXT);
        authorisation.setSpacingBefore(12);
        document.add(authorisation);

        PdfPTable table = new PdfPTable(new float[] {1f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        row(table, "Créancier", creditorName + "\n" + town.address() + " — France");
        row(table, "Identifiant créancier SEPA (ICS)", creditor.id().value());
        row(table, "Débiteur (titulaire du compte)", mandate.holder());
        row(table, "IBAN du compte à débiter", mandate.iban().masked());
        row(table, "BIC", "Non requis (IBAN seul, zone SEPA)");
        row(table, "Type de paiement", "Paiement récurrent / répétitif");
        row(table, "Objet", "Factures de la régie " + mandate.regie().frenchName() + " (Espace Famille)");
        row(table, "Signature", (mandate.online() ? "Signé en ligne sur l'Espace Famille le " : "Mandat papier signé le ")
                + InvoicePdf.FRENCH_DATE.format(mandate.signedOn()));
        row(table, "État", mandate.status().frenchLabel() + (mandate.status() == MandateStatus.REVOKED
                ? " le " + InvoicePdf.FRENCH_DATE.format(mandate.endedOn()) : ""));
        document.add(table);

        Paragraph rights = new Paragraph("Vos droits concernant le présent mandat sont expliqués dans un document que vous pouvez "
                + "obtenir auprès de votre banque. Chaque facture vous indique, avant le prélèvement, son montant et sa date. Vous "
                + "pouvez révoquer ce mandat à tout moment depuis votre espace famille ou auprès de la régie.", TEXT);
        rights.setSpacingBefore(14);
        document.add(rights);
        Paragraph footer = new Paragraph("Note\u00a0: les données de ce mandat servent à la gestion de vos prélèvements par la "
                + town.title() + "\u00a0; vous disposez d'un droit d'accès et de rectification auprès du Service Enfance ("
                + FrenchText.phone(town.townHallPhone()) + ").", SMALL);
        footer.setSpacingBefore(18);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, HEADING));
        name.setPadding(5);
        table.addCell(name);
        PdfPCell cell = new PdfPCell(new Phrase(value, TEXT));
        cell.setPadding(5);
        table.addCell(cell);
    }
}
