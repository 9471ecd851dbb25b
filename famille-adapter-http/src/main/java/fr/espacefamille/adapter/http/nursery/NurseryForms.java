package fr.espacefamille.adapter.http.nursery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.espacefamille.adapter.http.shared.PageContext.FieldError;

/** Reading the nursery pages' form fields, each mistake becoming a French message beside its field. */
final class NurseryForms {

    private NurseryForms() {
    }

    /** The date typed in {@code field}, or null with {@code message} added to the errors. */
    static LocalDate date(String text, String field, String message, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
