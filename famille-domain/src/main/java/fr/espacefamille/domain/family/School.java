package fr.espacefamille.domain.family;

import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/** A school (école) of the town; the canteen is run per school. */
public record School(SchoolId id, String name, String address) {

    public School {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "Le nom de l'école", 200);
        address = Text.optional(address, "L'adresse de l'école", 300);
    }
}
