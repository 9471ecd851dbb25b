package fr.espacefamille.adapter.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.application.family.KeyLetter;
import fr.espacefamille.domain.account.ActivationKey;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Town;

class KeyLetterPdfTest {

    private final Guardian helene = new Guardian(GuardianId.random(), "Hélène", "Nguyễn-Dupré", null, null);
    private final Guardian marc = new Guardian(GuardianId.random(), "Marc", "Dupré", null, null);
    private final Family family = new Family(FamilyId.random(), "Dupré", new Address("3 allée des Mouettes", "Bât. B", "44480", "Donges"),
            true, List.of(), Resources.UNDECLARED, false, List.of(helene, marc), List.of());
    private final ActivationKey first = ActivationKey.generate(new Random(1));
    private final ActivationKey second = ActivationKey.generate(new Random(2));

    @Test
    void prints_one_page_per_guardian_with_name_address_key_validity_portal_and_steps() throws IOException {
        byte[] pdf = KeyLetterPdf.render(List.of(new KeyLetter(family, helene, first, LocalDate.of(2026, 12, 6)),
                new KeyLetter(family, marc, second, LocalDate.of(2026, 12, 6))), URI.create("https://famille.donges.fr/"),
                LocalDate.of(2026, 9, 7), Town.DONGES.named("Montoir-de-Bretagne", "dpo@montoir.fr"));

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page).contains("Mairie de Montoir-de-Bretagne", "Hélène Nguyễn-Dupré", "3 allée des Mouettes", "Bât. B", "44480 Donges",
                "Montoir-de-Bretagne, le 7 septembre 2026", first.formatted(), "jusqu'au 6 décembre 2026 inclus",
                "https://famille.donges.fr/activation", "Pour créer votre espace", "12 caractères")
                .doesNotContain(second.formatted());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("Marc Dupré", second.formatted());
    }

    @Test
    void names_the_download_after_the_person_in_plain_ascii() {
        assertThat(KeyLetterAnswer.slug("Dupré-Hélène")).isEqualTo("dupre-helene");
        assertThat(KeyLetterAnswer.slug("  L'Haÿ ")).isEqualTo("l-hay");
        assertThat(KeyLetterAnswer.slug("龍")).isEqualTo("foyer");
    }
}
