package fr.espacefamille.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.publication.RulesService;

/** The demo town's rules documents: two short real PDFs, published through the use case. */
final class RulesDemo {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private RulesDemo() {
    }

    static void publish(PublicationWiring publication) {
        publication.publishRules.publish(Actor.SYSTEM, new PublishRulesDocument.Command("Règlement de la restauration scolaire",
                RulesService.CANTEEN, "reglement-restauration-scolaire.pdf", pdf("Règlement de la restauration scolaire", List.of(
                        "Article 1 — La cantine accueille les élèves des écoles publiques de Donges les jours de classe.",
                        "Article 2 — Chaque repas se réserve ou s'annule jusqu'à 10 h le dernier jour ouvré qui précède.",
                        "Article 3 — En cas de maladie, le premier jour d'absence est facturé (jour de carence) ; "
                                + "les jours suivants ne le sont pas sur présentation d'un certificat médical.",
                        "Article 4 — Un repas pris sans réservation est majoré."))));
        publication.publishRules.publish(Actor.SYSTEM, new PublishRulesDocument.Command("Règlement de fonctionnement du multi-accueil « Bout d'chou »",
                RulesService.NURSERY, "reglement-multi-accueil.pdf", pdf("Règlement de fonctionnement du multi-accueil", List.of(
                        "Article 1 — Le multi-accueil est ouvert du lundi au vendredi, de 7 h 30 à 18 h 30.",
                        "Article 2 — L'accueil occasionnel se réserve par demi-journée, jusqu'à quatre semaines à l'avance.",
                        "Article 3 — Une réservation s'annule gratuitement jusqu'à 48 heures avant le début du créneau.",
                        "Article 4 — Le tarif horaire suit le barème national de la CNAF (taux d'effort)."))));
    }

    private static ByteArrayInputStream pdf(String title, List<String> articles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addAuthor("Mairie de Donges");
        document.open();
        document.add(new Paragraph("Ville de Donges — " + title, TITLE));
        for (String article : articles) {
            Paragraph paragraph = new Paragraph(article, BODY);
            paragraph.setSpacingBefore(8);
            document.add(paragraph);
        }
        document.close();
        return new ByteArrayInputStream(out.toByteArray());
    }
}
