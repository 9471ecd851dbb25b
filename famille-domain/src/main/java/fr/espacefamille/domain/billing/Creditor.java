package fr.espacefamille.domain.billing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/** The town as the creditor of its direct debits: its name, SEPA creditor identifier (ICS) and each régie's account. */
public record Creditor(String name, CreditorId id, Map<Regie, Iban> accounts) {

    public Creditor {
        name = Text.required(name, "Le nom du créancier", 70);
        Objects.requireNonNull(id, "id");
        accounts = Map.copyOf(new EnumMap<>(accounts));
        for (Regie regie : Regie.values()) {
            if (!accounts.containsKey(regie)) {
                throw new IllegalArgumentException("Le compte de la régie " + regie.frenchName() + " manque");
            }
        }
    }

    public Iban account(Regie regie) {
        return accounts.get(regie);
    }

    /** The creditor's name as a régie of the town: « Régie Petite enfance - Mairie de Donges ». */
    public String nameFor(Regie regie) {
        return "Régie " + regie.frenchName() + " - " + name;
    }
}
