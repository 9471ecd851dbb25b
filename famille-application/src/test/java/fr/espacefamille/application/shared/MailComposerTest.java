package fr.espacefamille.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.shared.Town;

class MailComposerTest {

    private static final String NB = "\u00a0";

    @Test
    void writes_the_same_words_as_text_and_as_escaped_html_with_the_signature() {
        Mail mail = MailComposer.subject(Town.DONGES, "Objet <important>")
                .paragraph("Bonjour « Léa » & Tom,")
                .link("Ouvrir", "https://famille.example.fr/a?b=1&c=2")
                .to("claire@example.fr");

        assertThat(mail.to()).isEqualTo("claire@example.fr");
        assertThat(mail.subject()).isEqualTo("Objet <important>");
        assertThat(mail.text()).as("typeset: non-breaking spaces inside « »").contains("Bonjour «\u00a0Léa\u00a0» & Tom,", "https://famille.example.fr/a?b=1&c=2")
                .endsWith("-- \nMairie de Donges — Service Enfance — 02\u00a040\u00a045\u00a079\u00a079\n");
        assertThat(mail.html()).contains("<html lang=\"fr\">", "<p>Bonjour «\u00a0Léa\u00a0» &amp; Tom,</p>",
                "<a href=\"https://famille.example.fr/a?b=1&amp;c=2\">Ouvrir</a>", "<title>Objet &lt;important&gt;</title>",
                "<p>— <br>Mairie de Donges — Service Enfance — 02\u00a040\u00a045\u00a079\u00a079</p>");
    }

    @Test
    void another_town_signs_its_own_mails() {
        Town savenay = Town.DONGES.named("Savenay", "dpo@savenay.fr").at("Place de l'Hôtel de Ville, 44260 Savenay")
                .withPhones("0240565656", "0240565657", "0240565658");

        Mail mail = MailComposer.subject(savenay, "Bonjour").paragraph("Un mot.").to("claire@example.fr");

        assertThat(mail.text()).endsWith("-- \nMairie de Savenay — Service Enfance — 02\u00a040\u00a056\u00a056\u00a056\n").doesNotContain("Donges");
        assertThat(mail.html()).contains("Mairie de Savenay").doesNotContain("Donges");
    }

    @Test
    void the_subject_is_typeset_like_the_paragraphs() {
        Mail mail = MailComposer.subject(Town.DONGES, "Espace Famille : place au multi-accueil « Bout d'chou » ?")
                .paragraph("Bonjour,").to("claire@example.fr");

        assertThat(mail.subject()).isEqualTo("Espace Famille" + NB + ": place au multi-accueil «" + NB + "Bout d'chou" + NB + "»" + NB + "?");
        assertThat(mail.html()).contains("<title>Espace Famille" + NB + ": place au multi-accueil «" + NB + "Bout d&#39;chou" + NB + "»" + NB + "?</title>");
    }
}
