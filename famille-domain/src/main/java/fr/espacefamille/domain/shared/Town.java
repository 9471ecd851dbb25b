package fr.espacefamille.domain.shared;

import java.util.Objects;

/**
 * Who runs the portal, as pages, mails and PDFs name it: the town, its town hall's address, its data
 * protection officer's address (délégué à la protection des données), the three phone numbers
 * parents call (SPEC §6) and the name of its multi-accueil. Set by configuration
 * ({@code FAMILLE_TOWN_NAME}, {@code FAMILLE_TOWN_ADDRESS}, {@code FAMILLE_DPO_EMAIL}, the three
 * {@code FAMILLE_…_PHONE}, {@code FAMILLE_NURSERY_NAME}); the defaults are the reference town's.
 */
public record Town(String name, String address, String dpoEmail, String townHallPhone, String nurseryPhone,
        String relaisPhone, String nurseryName) {

    public static final Town DONGES = new Town("Donges", "Place Armand Morvan, 44480 Donges", "dpo@ville-donges.fr",
            "0240457979", "0240910191", "0240452503", "Bout d'chou");

    public Town {
        name = required(name, "name");
        address = required(address, "address");
        dpoEmail = required(dpoEmail, "dpoEmail");
        nurseryName = required(nurseryName, "nurseryName");
        // the pages and mails put the name between « » themselves
        if (nurseryName.matches(".*[«»\"].*")) {
            throw new IllegalArgumentException("Le nom du multi-accueil s'écrit sans guillemets : " + nurseryName);
        }
    }

    private static String required(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " est vide");
        }
        return value.strip();
    }

    /** The reference town under another name and DPO address (its town hall's address then just the town's name, until {@link #at}). */
    public Town named(String townName, String dpo) {
        return new Town(townName, townName.equals(name) ? address : townName, dpo, townHallPhone, nurseryPhone, relaisPhone,
                nurseryName);
    }

    /** This town with its town hall's postal address (« Place Armand Morvan, 44480 Donges »). */
    public Town at(String townHallAddress) {
        return new Town(name, townHallAddress, dpoEmail, townHallPhone, nurseryPhone, relaisPhone, nurseryName);
    }

    /** This town with its own town hall's, multi-accueil's and Relais Petite Enfance's phone numbers. */
    public Town withPhones(String townHall, String nursery, String relais) {
        return new Town(name, address, dpoEmail, townHall, nursery, relais, nurseryName);
    }

    /** This town whose multi-accueil has another name (« Les Lucioles »). */
    public Town withNursery(String name) {
        return new Town(this.name, address, dpoEmail, townHallPhone, nurseryPhone, relaisPhone, name);
    }

    /** « Ville de Donges ». */
    public String title() {
        return "Ville de " + name;
    }

    /** « Mairie de Donges ». */
    public String townHall() {
        return "Mairie de " + name;
    }

    /** « multi-accueil « Bout d'chou » », typeset (non-breaking spaces inside « »). */
    public String nursery() {
        return "multi-accueil " + quotedNurseryName();
    }

    /** « « Bout d'chou » », typeset: the name as the titles quote it. */
    public String quotedNurseryName() {
        return "«" + FrenchText.NBSP + nurseryName + FrenchText.NBSP + "»";
    }

    /** « Multi-accueil « Bout d'chou » », for a title. */
    public String nurseryTitle() {
        return "M" + nursery().substring(1);
    }

    /** The signature of the town hall's mails: « Mairie de Donges — Service Enfance — 02 40 45 79 79 ». */
    public String mailSignature() {
        String phone = FrenchText.phone(townHallPhone);
        return townHall() + " — Service Enfance" + (phone.isEmpty() ? "" : " — " + phone);
    }
}
