package fr.espacefamille.domain.privacy;

import java.util.UUID;

/**
 * The values that replace a family's personal data at anonymisation (§13): the same in every
 * store, so that nothing tells one anonymised family from another but its identifiers.
 */
public final class Anonymised {

    public static final String FAMILY_NAME = "Foyer anonymisé";
    public static final String FIRST_NAME = "Anonyme";
    public static final String LAST_NAME = "Anonyme";
    public static final String CHILD_NAME = FIRST_NAME + " " + LAST_NAME;
    public static final String ADDRESS_LINE = "Adresse effacée";
    public static final String POSTCODE = "00000";
    public static final String CITY = "Anonymisée";
    public static final String DOCUMENT_NAME = "document-efface";
    /** A well-formed French IBAN of no account (all zeros), where a mandate must keep one. */
    public static final String IBAN = "FR7600000000000000000000000";
    /** Who did what, in the audit log and records, when it was a person of the family. */
    public static final String PERSON = "personne anonymisée";

    private Anonymised() {
    }

    /** A username nobody chose, unique per account. */
    public static String username(UUID account) {
        return "anonyme-" + account.toString().substring(0, 8) + account.toString().substring(24);
    }

    /** An address that cannot receive mail (the .invalid domain is reserved). */
    public static String email(UUID account) {
        return username(account) + "@anonyme.invalid";
    }
}
