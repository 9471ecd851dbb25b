package fr.espacefamille.domain.commission;

import java.util.Objects;

import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.shared.Text;

/**
 * The person behind an applicant account's pre-registration (no family yet): who will be the first
 * guardian of the family made when a place is accepted, their confirmed e-mail and the home address.
 */
public record Applicant(String firstName, String lastName, String email, String phone, Address address) {

    public Applicant {
        firstName = Text.required(firstName, "Votre prénom", 100);
        lastName = Text.required(lastName, "Votre nom", 100);
        email = Text.required(email, "L'adresse électronique", 254);
        if (!Emails.looksValid(email)) {
            throw new IllegalArgumentException("L'adresse électronique n'est pas valide");
        }
        phone = Text.optional(phone, "Le téléphone", 30);
        Objects.requireNonNull(address, "L'adresse du domicile est obligatoire");
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
