package fr.espacefamille.adapter.http.shared;

import java.util.Objects;

/**
 * Who runs the portal, as every page's header and the public-service pages name it: the town, its
 * address, its data protection officer's address (délégué à la protection des données) and the
 * three phone numbers parents call (SPEC §6). Set by configuration ({@code FAMILLE_TOWN_NAME},
 * {@code FAMILLE_DPO_EMAIL}); the defaults are the reference town's.
 */
public record Town(String name, String address, String dpoEmail, String townHallPhone, String nurseryPhone,
        String relaisPhone) {

    public static final Town DONGES = new Town("Donges", "Place Armand Morvan, 44480 Donges", "dpo@ville-donges.fr",
            "0240457979", "0240910191", "0240452503");

    public Town {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dpoEmail, "dpoEmail");
    }

    /** The reference town under another name and DPO address (its town hall's address then just the town's name, until {@link #at}). */
    public Town named(String townName, String dpo) {
        return new Town(townName, townName.equals(name) ? address : townName, dpo, townHallPhone, nurseryPhone, relaisPhone);
    }

    /** This town with its town hall's postal address (« Place Armand Morvan, 44480 Donges »). */
    public Town at(String townHallAddress) {
        return new Town(name, townHallAddress, dpoEmail, townHallPhone, nurseryPhone, relaisPhone);
    }

    /** « Ville de Donges ». */
    public String title() {
        return "Ville de " + name;
    }
}
