package fr.espacefamille.adapter.http.enrolment;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.adapter.http.account.KeyLetterPdf;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.enrolment.ReadSchoolRequests.Certificate;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.shared.Town;

/** The certificate of enrolment (certificat d'inscription, §8): one A4 page with its number, the child, the school and grade. */
public final class CertificatePdf {

    private static final BaseFont SANS = KeyLetterPdf.font("DejaVuSans.ttf");
    private static final BaseFont SANS_BOLD = KeyLetterPdf.font("DejaVuSans-Bold.ttf");

    /** Answers the certificate inline, named by its number, never cached. */
    static void send(io.javalin.http.Context ctx, Certificate certificate) {
        ctx.header("Content-Disposition", "inline; filename=\"certificat-"
                + certificate.request().accepted().orElseThrow().certificateNumber() + ".pdf\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("application/pdf").result(render(certificate, Pages.settings(ctx).town()));
    }
    private static final Font TOWN = new Font(SANS_BOLD, 16);
    private static final Font TITLE = new Font(SANS_BOLD, 18);
    private static final Font SMALL = new Font(SANS, 9);
    private static final Font BODY = new Font(SANS, 11);
    private static final Font BOLD = new Font(SANS_BOLD, 11);

    private CertificatePdf() {
    }

    /** The certificate as the configured town issues it (its name in the heading, the signature and the place). */
    public static byte[] render(Certificate certificate, Town town) {
        SchoolRequest request = certificate.request();
        SchoolRequest.Acceptance accepted = request.accepted().orElseThrow();
        LocalDate issuedOn = LocalDate.ofInstant(request.history().get(request.history().size() - 1).at(), ZoneId.of("Europe/Paris"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Certificat d'inscription scolaire " + accepted.certificateNumber());
        document.addAuthor("Mairie de " + town.name());
        document.open();
        document.add(new Paragraph("Mairie de " + town.name(), TOWN));
        document.add(new Paragraph("Service des affaires scolaires", SMALL));
        Paragraph title = new Paragraph("Certificat d'inscription scolaire", TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(40);
        document.add(title);
        Paragraph number = new Paragraph("N° " + accepted.certificateNumber(), BOLD);
        number.setAlignment(Element.ALIGN_CENTER);
        document.add(number);
        Address address = certificate.family().address();
        document.add(spaced("Le maire de " + town.name() + " certifie l'inscription de l'enfant\u00a0:", 30, BODY));
        document.add(spaced(request.form().child().fullName(), 8, BOLD));
        document.add(spaced("date de naissance\u00a0: " + French.dayMonthYear(request.form().child().birthDate()), 4, BODY));
        document.add(spaced("domicile\u00a0: " + address.oneLine(), 4, BODY));
        document.add(spaced("pour l'année scolaire " + request.form().schoolYear() + ", en classe de " + accepted.grade()
                + ", à l'école\u00a0:", 12, BODY));
        document.add(spaced(certificate.school().name() + (certificate.school().address() == null ? ""
                : " — " + certificate.school().address()), 8, BOLD));
        document.add(spaced("La famille présente ce certificat au directeur ou à la directrice de l'école pour l'admission "
                + "de l'enfant.", 16, BODY));
        Paragraph date = spaced("Fait à " + town.name() + ", le " + French.dayMonthYear(issuedOn), 30, BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        Paragraph signature = spaced("Pour le maire, le service des affaires scolaires", 8, BODY);
        signature.setAlignment(Element.ALIGN_RIGHT);
        document.add(signature);
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph spaced(String text, float before, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
