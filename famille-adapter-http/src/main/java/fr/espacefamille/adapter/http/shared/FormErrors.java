package fr.espacefamille.adapter.http.shared;

import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.shared.Refusal;

/**
 * Turns a refusal into the error of a page form's field: a VALIDATION_FAILED refusal names its
 * API field first (« to : … »), which {@code fields} maps to the form's; any other refusal goes to
 * {@code fallback}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<PageContext.FieldError> of(Refusal refusal, Map<String, String> fields, String fallback) {
        String message = refusal.message();
        String field = fallback;
        if (refusal.kind() == Refusal.Kind.INVALID) {
            int colon = message.indexOf(" : ");
            if (colon > 0) {
                field = fields.getOrDefault(message.substring(0, colon), fallback);
                message = Character.toUpperCase(message.charAt(colon + 3)) + message.substring(colon + 4) + ".";
            }
        }
        return List.of(new PageContext.FieldError(field, message));
    }
}
