package fr.espacefamille.domain.account;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as FranceConnect vouches for them: {@code subject} is the stable pseudonymous
 * identifier (« sub ») issued for our portal; the other claims are shown to the person, never used
 * to find their account (two people may share a name, an email is not proof of identity).
 */
public record FranceConnectIdentity(String subject, String givenName, String familyName, LocalDate birthdate, String email) {

    public FranceConnectIdentity {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("Identifiant FranceConnect invalide");
        }
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
        email = email == null ? "" : email;
    }

    /** « Inès Martin », or an empty text when FranceConnect gave no name. */
    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    @Override
    public String toString() {
        return "FranceConnectIdentity[…]";
    }
}
