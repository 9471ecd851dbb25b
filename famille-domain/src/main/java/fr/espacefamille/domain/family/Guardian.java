package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.shared.PhoneNumber;
import fr.espacefamille.domain.shared.Text;

/** A guardian (responsable légal); each one may have their own account. */
public record Guardian(GuardianId id, String firstName, String lastName, String email, String phone) {

    public Guardian {
        Objects.requireNonNull(id, "id");
        firstName = Text.required(firstName, "Le prénom", 100);
        lastName = Text.required(lastName, "Le nom", 100);
        email = Text.optional(email, "L'adresse électronique", 254);
        if (email != null && !Emails.looksValid(email)) {
            throw new IllegalArgumentException("L'adresse électronique n'est pas valide");
        }
        // stored normalised (« 0698765432 »), whatever the spacing it was typed with
        phone = PhoneNumber.normalise(Text.optional(phone, "Le téléphone", 30));
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public Guardian withContact(String newEmail, String newPhone) {
        return new Guardian(id, firstName, lastName, newEmail, newPhone);
    }
}
