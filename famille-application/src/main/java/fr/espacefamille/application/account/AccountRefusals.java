package fr.espacefamille.application.account;

import java.util.Optional;

import fr.espacefamille.domain.shared.Refusal;

/** The refusals of API.md's "Accounts" rows that several use cases share. */
public final class AccountRefusals {

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

    private AccountRefusals() {
    }

    /** WEAK_PASSWORD with the policy's French reason, or empty when the password is acceptable. */
    public static Optional<Refusal> weakPassword(String password, String username) {
        return CommonPasswords.policy().weakness(password, username).map(reason -> Refusal.rule("WEAK_PASSWORD", reason));
    }
}
