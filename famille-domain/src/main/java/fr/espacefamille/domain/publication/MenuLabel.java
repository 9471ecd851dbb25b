package fr.espacefamille.domain.publication;

/** A quality label shown beside a menu, with its French name. */
public enum MenuLabel {
    ORGANIC("bio"),
    VEGETARIAN("végétarien"),
    LOCAL("produits locaux"),
    LABEL_ROUGE("Label Rouge"),
    HOMEMADE("fait maison"),
    SEASONAL("de saison");

    private final String french;

    MenuLabel(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
