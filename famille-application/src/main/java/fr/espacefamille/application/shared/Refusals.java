package fr.espacefamille.application.shared;

import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * Shorthands for refusing from inside a transaction, so that it rolls back.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code NOT_FOUND}.
 */
public final class Refusals {

    /** An unknown resource, or one the actor may not reach: both answer alike. */
    public static final Refusal NOT_FOUND = Refusal.notFound("Ressource introuvable.");

    private Refusals() {
    }

    public static RefusedException refuse(Refusal refusal) {
        return new RefusedException(refusal);
    }

    public static RefusedException notFound() {
        return new RefusedException(NOT_FOUND);
    }

    public static RefusedException invalid(String field, String message) {
        return new RefusedException(Refusal.invalid(field, message));
    }
}
