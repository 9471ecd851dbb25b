package fr.espacefamille.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailComposerTest {

    @Test
    void writes_the_same_words_as_text_and_as_escaped_html_with_the_signature() {
        Mail mail = MailComposer.subject("Objet <important>")
                .paragraph("Bonjour « Léa » & Tom,")
                .link("Ouvrir", "https://famille.example.fr/a?b=1&c=2")
                .to("claire@example.fr");

        assertThat(mail.to()).isEqualTo("claire@example.fr");
        assertThat(mail.subject()).isEqualTo("Objet <important>");
        assertThat(mail.text()).as("typeset: non-breaking spaces inside « »").contains("Bonjour «\u00a0Léa\u00a0» & Tom,", "https://famille.example.fr/a?b=1&c=2",
                "Mairie de Donges");
        assertThat(mail.html()).contains("<html lang=\"fr\">", "<p>Bonjour «\u00a0Léa\u00a0» &amp; Tom,</p>",
                "<a href=\"https://famille.example.fr/a?b=1&amp;c=2\">Ouvrir</a>", "<title>Objet &lt;important&gt;</title>",
                "Mairie de Donges");
    }
}
