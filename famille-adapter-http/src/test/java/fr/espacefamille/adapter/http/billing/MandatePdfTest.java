package fr.espacefamille.adapter.http.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.CreditorId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Town;

class MandatePdfTest {

    private static final Iban IBAN = new Iban("FR7630001007941234567890185");

    @Test
    void names_the_configured_town_hall_as_creditor_with_its_address_and_phone() throws IOException {
        Town savenay = Town.DONGES.named("Savenay", "dpo@savenay.fr").at("Place de l'Hôtel de Ville, 44260 Savenay")
                .withPhones("0240565656", "0240565657", "0240565658");
        Creditor creditor = new Creditor(savenay.townHall(), new CreditorId("FR72ZZZ123456"), Map.of(Regie.SCHOOL, IBAN, Regie.EARLY_CHILDHOOD, IBAN));
        DirectDebitMandate mandate = DirectDebitMandate.sign("RUM-MARTIN-1", FamilyId.random(), Regie.SCHOOL, "Claire Martin", IBAN,
                LocalDate.of(2026, 9, 7), true);

        // the extractor writes a non-breaking space as two characters: compare words
        String page = new PdfTextExtractor(new PdfReader(MandatePdf.of(mandate, creditor, savenay))).getTextFromPage(1)
                .replaceAll("[\\s\u00a0]+", " ");

        assertThat(page).contains("Mairie de Savenay", "Place de l'Hôtel de Ville, 44260 Savenay — France", "Ville de Savenay",
                "(02 40 56 56 56)", "RUM-MARTIN-1").doesNotContain("Donges", "79 79");
    }
}
