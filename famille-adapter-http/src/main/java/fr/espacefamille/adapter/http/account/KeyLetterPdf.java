package fr.espacefamille.adapter.http.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.application.family.KeyLetter;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.shared.Town;

/**
 * The key letter (lettre de clé) the town hall prints for a guardian, one A4 page each: the town
 * hall's heading, the guardian's name and address for a window envelope, the key, until when it
 * works, the portal's address and the three steps to create the space.
 */
public final class KeyLetterPdf {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    // embedded DejaVu Sans: the PDF base fonts know only Windows-1252, and would drop the « ễ » of « Nguyễn »
    private static final BaseFont SANS = font("DejaVuSans.ttf");
    private static final BaseFont SANS_BOLD = font("DejaVuSans-Bold.ttf");
    private static final Font TOWN = new Font(SANS_BOLD, 16);
    private static final Font SMALL = new Font(SANS, 9);
    private static final Font BODY = new Font(SANS, 10.5f);
    private static final Font BOLD = new Font(SANS_BOLD, 10.5f);
    private static final Font KEY = FontFactory.getFont(FontFactory.COURIER_BOLD, 24);

    private KeyLetterPdf() {
    }

    /** The letters, one page each, as a PDF. */
    public static byte[] render(java.util.List<KeyLetter> letters, URI baseUrl, LocalDate today, Town town) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Espace Famille — lettre de clé d'activation");
        document.addAuthor("Mairie de " + town.name());
        document.open();
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0) {
                document.newPage();
            }
            page(document, letters.get(i), baseUrl.toString().replaceAll("/+$", ""), today, town);
        }
        document.close();
        return pdf.toByteArray();
    }

    private static void page(Document document, KeyLetter letter, String portal, LocalDate today, Town town) {
        document.add(new Paragraph("Mairie de " + town.name(), TOWN));
        document.add(new Paragraph("Service Enfance — " + FrenchText.phone(town.townHallPhone()), SMALL));
        document.add(new Paragraph("Espace Famille\u00a0: " + portal, SMALL));

        Address address = letter.family().address();
        Paragraph recipient = new Paragraph(18, letter.guardian().fullName() + "\n" + address.line1() + "\n"
                + (address.line2() == null ? "" : address.line2() + "\n") + address.postcode() + " " + address.city(), BODY);
        recipient.setIndentationLeft(260);
        recipient.setSpacingBefore(40);
        document.add(recipient);

        Paragraph date = new Paragraph(town.name() + ", le " + FRENCH_DATE.format(today), BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(30);
        document.add(date);

        Paragraph subject = new Paragraph("Objet\u00a0: votre clé d'activation de l'Espace Famille", BOLD);
        subject.setSpacingBefore(20);
        document.add(subject);
        document.add(spaced("Madame, Monsieur,", 14));
        document.add(spaced("La mairie met à votre disposition l'Espace Famille\u00a0: vous y réservez la restauration scolaire "
                + "et l'accueil au multi-accueil, signalez les absences, consultez et payez vos factures, à toute heure. "
                + "Voici votre clé personnelle, qui vous permet de créer votre espace\u00a0:", 8));

        Paragraph key = new Paragraph(letter.key().formatted(), KEY);
        key.setAlignment(Element.ALIGN_CENTER);
        key.setSpacingBefore(16);
        key.setSpacingAfter(8);
        document.add(key);
        document.add(spaced("Cette clé ne sert qu'une fois et reste valable jusqu'au " + FRENCH_DATE.format(letter.expiresOn())
                + " inclus. Elle vous est personnelle\u00a0: chaque responsable légal crée son propre espace.", 8));

        document.add(spaced("Pour créer votre espace\u00a0:", 12));
        List steps = new List(true, 18);
        steps.add(new ListItem("Rendez-vous sur " + portal + "/activation (ou sur " + portal
                + ", rubrique «\u00a0Créer mon espace\u00a0»).", BODY));
        steps.add(new ListItem("Saisissez la clé ci-dessus (majuscules ou minuscules, avec ou sans tirets), choisissez "
                + "votre identifiant et indiquez votre adresse électronique personnelle.", BODY));
        steps.add(new ListItem("Choisissez un mot de passe d'au moins 12 caractères, puis connectez-vous avec votre "
                + "identifiant et ce mot de passe.", BODY));
        document.add(steps);

        document.add(spaced("Si vous perdez cette lettre ou si la clé a expiré, la mairie vous en remet une nouvelle\u00a0: "
                + "la précédente cesse alors de fonctionner.", 14));
        document.add(spaced("Le Service Enfance", 20));
    }

    /** An embedded font of the resources ({@code DejaVuSans.ttf}), for every PDF the portal prints. */
    public static BaseFont font(String file) {
        try (InputStream in = KeyLetterPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph spaced(String text, float before) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
