package fr.espacefamille.adapter.http.account;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.domain.shared.Refusal;

/** Puts a use case's refusal beside the form field it is about. */
final class FormErrors {

    private static final String SEPARATOR = " : ";

    private FormErrors() {
    }

    /** The second typing of a new password differs from the first. */
    static List<FieldError> mismatch(String confirmationField) {
        return List.of(new FieldError(confirmationField, "Les deux mots de passe saisis ne sont pas identiques."));
    }

    /**
     * A VALIDATION_FAILED names its field ({@code "email : adresse électronique invalide"}): the
     * message goes beside that field ({@code fields} renames API field names to the form's). Any
     * other refusal goes beside the field {@code byCode} gives for its code, else {@code fallback}.
     */
    static List<FieldError> of(Refusal refusal, Map<String, String> byCode, Map<String, String> fields, String fallback) {
        String message = refusal.message();
        int separator = message.indexOf(SEPARATOR);
        if (refusal.code().equals("VALIDATION_FAILED") && separator > 0) {
            String field = message.substring(0, separator);
            String reason = message.substring(separator + SEPARATOR.length());
            return List.of(new FieldError(fields.getOrDefault(field, field),
                    Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."));
        }
        return List.of(new FieldError(byCode.getOrDefault(refusal.code(), fallback), message));
    }
}
