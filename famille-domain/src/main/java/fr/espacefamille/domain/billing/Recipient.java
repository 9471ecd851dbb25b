package fr.espacefamille.domain.billing;

import java.util.Objects;

import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Text;

/** Whom an invoice is addressed to, as it was when the invoice was made: a later move does not rewrite it. */
public record Recipient(String name, Address address) {

    public Recipient {
        name = Text.required(name, "Le nom du foyer", 200);
        Objects.requireNonNull(address, "address");
    }

    public static Recipient of(Family family) {
        return new Recipient(family.name(), family.address());
    }
}
