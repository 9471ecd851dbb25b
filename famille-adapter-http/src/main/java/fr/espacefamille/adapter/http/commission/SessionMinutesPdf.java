package fr.espacefamille.adapter.http.commission;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.adapter.http.shared.Downloads;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.commission.SessionView;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.SessionStatus;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;
import io.javalin.http.Context;

/**
 * The minutes of a commission session as PDF (OpenPDF): its date, the members present, the period
 * and places, then per age group the ranked list with scores and offers, and the changes of order
 * with their reasons.
 */
final class SessionMinutesPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x0b, 0x4f, 0x8a));
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font CELL_HEADING = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL);

    private SessionMinutesPdf() {
    }

    static void send(Context ctx, SessionView view, ZoneId zone) {
        Downloads.inline(ctx, "proces-verbal-commission-" + view.session().date() + ".pdf", "application/pdf",
                new ByteArrayInputStream(write(view, zone, Pages.settings(ctx).town())));
    }

    static byte[] write(SessionView view, ZoneId zone, Town town) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle("Procès-verbal de la commission d'attribution — " + town.title());
        document.addCreator("Espace Famille");
        document.open();
        CommissionSession s = view.session();
        document.add(new Paragraph(town.title() + " — " + town.nurseryTitle(), TEXT));
        Paragraph title = new Paragraph("Procès-verbal de la commission d'attribution du " + day(s.date()), TITLE);
        title.setSpacingBefore(12);
        document.add(title);
        document.add(new Paragraph("Entrées du " + s.startFrom().format(DATE) + " au " + s.startTo().format(DATE)
                + " — confirmations jusqu'au " + s.confirmBy().format(DATE), TEXT));
        document.add(new Paragraph("Places\u00a0: " + places(s), TEXT));
        document.add(new Paragraph("Membres présents\u00a0: " + (s.members() == null ? "non renseignés" : s.members()), TEXT));
        if (s.status() == SessionStatus.OPEN) {
            document.add(new Paragraph("Les places n'ont pas encore été attribuées\u00a0: les listes ci-dessous sont provisoires.", TEXT));
        }
        for (AgeGroup group : AgeGroup.values()) {
            Paragraph heading = new Paragraph(group.french() + " — " + s.places(group) + " " + (s.places(group) > 1 ? "places" : "place"), HEADING);
            heading.setSpacingBefore(14);
            document.add(heading);
            List<SessionView.Line> lines = view.group(group);
            if (lines.isEmpty()) {
                document.add(new Paragraph("Aucune demande examinée.", TEXT));
                continue;
            }
            PdfPTable table = new PdfPTable(new float[] {0.6f, 3f, 0.9f, 2.4f, 3.2f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            for (String column : List.of("Rang", "Enfant", "Points", "Suite donnée", "Changement de rang")) {
                PdfPCell cell = new PdfPCell(new Phrase(column, CELL_HEADING));
                cell.setBackgroundColor(new Color(0xf2, 0xf5, 0xf9));
                table.addCell(cell);
            }
            for (SessionView.Line line : lines) {
                table.addCell(right(String.valueOf(line.rank())));
                table.addCell(new PdfPCell(new Phrase(line.request().childName(), CELL)));
                table.addCell(right(String.valueOf(line.score())));
                table.addCell(new PdfPCell(new Phrase(line.status().french() + line.offer()
                        .map(o -> " (réponse avant le " + LocalDate.ofInstant(o.replyBy(), zone).format(DATE) + ")").orElse(""), CELL)));
                table.addCell(new PdfPCell(new Phrase(line.overrideReason() == null ? "" : line.overrideReason(), CELL)));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell right(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static String day(LocalDate date) {
        return FrenchText.dayMonth(date) + " " + date.getYear();
    }

    static String places(CommissionSession s) {
        StringBuilder text = new StringBuilder();
        for (AgeGroup group : AgeGroup.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(group.french()).append("\u00a0: ").append(s.places(group));
        }
        return text.toString();
    }
}
