package fr.espacefamille.domain.family;

import fr.espacefamille.domain.shared.Text;

/** A French postal address. */
public record Address(String line1, String line2, String postcode, String city) {

    public Address {
        line1 = Text.required(line1, "L'adresse", 200);
        line2 = Text.optional(line2, "Le complément d'adresse", 200);
        postcode = Text.required(postcode, "Le code postal", 5);
        if (!postcode.matches("\\d{5}")) {
            throw new IllegalArgumentException("Le code postal doit compter 5 chiffres");
        }
        city = Text.required(city, "La commune", 100);
    }

    /** One line for lists and letters. */
    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + postcode + " " + city;
    }
}
