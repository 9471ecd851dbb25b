package fr.espacefamille.domain.publication;

/** The four courses of a canteen menu, in the order they are served. */
public enum Course {
    STARTER("Entrée"),
    MAIN("Plat"),
    DAIRY("Produit laitier"),
    DESSERT("Dessert");

    private final String french;

    Course(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
