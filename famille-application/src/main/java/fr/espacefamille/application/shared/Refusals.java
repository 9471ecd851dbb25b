package fr.espacefamille.application.shared;

import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * Shorthands for refusing from inside a transaction, so that it rolls back, and the refusals that
 * several use cases share, grouped by API.md's tables (a refusal one use case alone gives stays in it).
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code NOT_FOUND}.
 */
public final class Refusals {

    /** An unknown resource, or one the actor may not reach: both answer alike. */
    public static final Refusal NOT_FOUND = Refusal.notFound("Ressource introuvable.");

    // --- API.md "Accounts"

    /** Unknown, malformed, used and expired keys all get this one answer. */
    public static final Refusal INVALID_KEY = Refusal.rule("INVALID_KEY",
            "Cette clé d'activation n'est pas valable : vérifiez-la, ou demandez une nouvelle clé à la mairie.");
    public static final Refusal USERNAME_TAKEN = Refusal.conflict("USERNAME_TAKEN",
            "Cet identifiant est déjà utilisé : choisissez-en un autre.");
    public static final Refusal INVALID_USERNAME = Refusal.invalid("username",
            "3 à 64 caractères : lettres, chiffres, « . », « - », « _ » ou « @ », sans former une adresse électronique");
    public static final Refusal INVALID_EMAIL = Refusal.invalid("email", "adresse électronique invalide");
    /** Unknown, used and expired reset links all get this one answer. */
    public static final Refusal INVALID_TOKEN = Refusal.rule("INVALID_TOKEN",
            "Ce lien de réinitialisation n'est plus valable : demandez-en un nouveau.");
    /** Unknown, used and expired email-confirmation links of applicant accounts. */
    public static final Refusal INVALID_CONFIRMATION_TOKEN = Refusal.rule("INVALID_TOKEN",
            "Ce lien de confirmation n'est plus valable : connectez-vous pour en recevoir un nouveau.");
    /** The right password of an applicant account whose email is not confirmed yet. */
    public static final Refusal EMAIL_NOT_CONFIRMED = new Refusal("EMAIL_NOT_CONFIRMED", Refusal.Kind.FORBIDDEN,
            "Confirmez d'abord votre adresse électronique avec le lien reçu par courriel.");
    /** BAD_CREDENTIALS of a password change: the session is fine, the current password is not. */
    public static final Refusal WRONG_CURRENT_PASSWORD = new Refusal("BAD_CREDENTIALS", Refusal.Kind.UNAUTHENTICATED,
            "Le mot de passe actuel n'est pas le bon.");

    // --- API.md "Enrolment requests (§8)"

    public static final Refusal CAMPAIGN_CLOSED = Refusal.rule("CAMPAIGN_CLOSED",
            "Les inscriptions scolaires en ligne pour cette année ne sont pas ouvertes : adressez-vous à la mairie.");
    public static final Refusal DUPLICATE_REQUEST = Refusal.conflict("DUPLICATE_REQUEST",
            "Une demande d'inscription est déjà en cours pour cet enfant et cette année scolaire.");
    public static final Refusal NOT_EDITABLE = Refusal.conflict("NOT_EDITABLE",
            "Cette demande ne peut plus être modifiée : elle a changé d'état entre-temps.");
    public static final Refusal ALREADY_ENROLLED = Refusal.conflict("ALREADY_ENROLLED",
            "Cet enfant est déjà inscrit dans une école de la commune pour cette année scolaire.");
    public static final Refusal FAMILY_ALREADY_KNOWN = Refusal.conflict("FAMILY_ALREADY_KNOWN",
            "Votre famille est déjà connue de la mairie : connectez-vous à l'espace de votre foyer "
                    + "(ou demandez votre clé d'activation à la mairie) pour déposer la demande.");

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
