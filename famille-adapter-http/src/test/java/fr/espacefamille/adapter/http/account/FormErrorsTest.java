package fr.espacefamille.adapter.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.domain.shared.Refusal;

class FormErrorsTest {

    @Test
    void a_validation_refusal_goes_beside_the_field_it_names_in_the_form_s_words() {
        assertThat(FormErrors.of(Refusal.invalid("proofDocumentId", "un justificatif accompagne un changement d'adresse"),
                Map.of(), Map.of("proofDocumentId", "proof"), "line1"))
                .containsExactly(new FieldError("proof", "Un justificatif accompagne un changement d'adresse."));
    }

    @Test
    void other_refusals_go_beside_the_field_of_their_code_or_the_fallback() {
        Refusal taken = Refusal.conflict("USERNAME_TAKEN", "Cet identifiant est déjà utilisé.");
        assertThat(FormErrors.of(taken, Map.of("USERNAME_TAKEN", "username"), Map.of(), "key"))
                .containsExactly(new FieldError("username", "Cet identifiant est déjà utilisé."));
        assertThat(FormErrors.of(Refusal.rule("OTHER", "Non."), Map.of(), Map.of(), "key"))
                .containsExactly(new FieldError("key", "Non."));
    }
}
