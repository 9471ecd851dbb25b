package fr.espacefamille.domain.publication;

/** The 14 allergens whose presence a menu must declare (EU regulation 1169/2011, annex II). */
public enum Allergen {
    GLUTEN("gluten"),
    CRUSTACEANS("crustacés"),
    EGGS("œufs"),
    FISH("poisson"),
    PEANUTS("arachides"),
    SOY("soja"),
    MILK("lait"),
    NUTS("fruits à coque"),
    CELERY("céleri"),
    MUSTARD("moutarde"),
    SESAME("sésame"),
    SULPHITES("sulfites"),
    LUPIN("lupin"),
    MOLLUSCS("mollusques");

    private final String french;

    Allergen(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
