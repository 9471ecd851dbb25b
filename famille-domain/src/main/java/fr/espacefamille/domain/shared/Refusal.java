package fr.espacefamille.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * An expected refusal of a request (deadline passed, nursery full, nothing to pay...): a value,
 * not an exception. {@code code} is the stable error code of the API; {@code message} is French,
 * for people; {@code field}, when there is one, names the request field the refusal is about (the
 * API's name for it), so that a page can put the message beside that field and the API can name it.
 */
public record Refusal(String code, Kind kind, String message, Optional<String> field) {

    /** What sort of refusal this is; the web adapter turns it into a status. */
    public enum Kind {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, BUSINESS_RULE,
        TOO_LARGE, UNSUPPORTED_MEDIA, LOCKED, TOO_MANY_REQUESTS
    }

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        if (!code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("Refusal code must be UPPER_SNAKE: " + code);
        }
    }

    /** A refusal about the request as a whole, not one of its fields. */
    public Refusal(String code, Kind kind, String message) {
        this(code, kind, message, Optional.empty());
    }

    /** What the API's problem {@code detail} says: the field first when there is one (« to : champ obligatoire »). */
    public String detail() {
        return field.map(name -> name + " : " + message).orElse(message);
    }

    public static Refusal rule(String code, String message) {
        return new Refusal(code, Kind.BUSINESS_RULE, message);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(code, Kind.CONFLICT, message);
    }

    /** Also the answer for another family's resource, so that its existence never leaks. */
    public static Refusal notFound(String message) {
        return new Refusal("NOT_FOUND", Kind.NOT_FOUND, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal("VALIDATION_FAILED", Kind.INVALID, message, Optional.of(field));
    }

    public static Refusal forbidden() {
        return new Refusal("FORBIDDEN", Kind.FORBIDDEN, "Vous n'avez pas les droits nécessaires pour cette action.");
    }

    public static Refusal unauthenticated() {
        return new Refusal("UNAUTHENTICATED", Kind.UNAUTHENTICATED, "Veuillez vous connecter.");
    }
}
