package fr.espacefamille.domain.billing;

/** A billing office (régie): each has its own invoices, numbering and payments. */
public enum Regie {
    /** Affaires Scolaires: the school canteen. */
    SCHOOL("AS", "Affaires Scolaires"),
    /** Petite Enfance: the nursery (multi-accueil). */
    EARLY_CHILDHOOD("PE", "Petite Enfance");

    private final String prefix;
    private final String frenchName;

    Regie(String prefix, String frenchName) {
        this.prefix = prefix;
        this.frenchName = frenchName;
    }

    /** The first part of its invoice and credit-note numbers. */
    public String prefix() {
        return prefix;
    }

    public String frenchName() {
        return frenchName;
    }
}
