package fr.espacefamille.domain.billing;

/** A billing office (régie): each has its own invoices, numbering and payments. */
public enum Regie {
    /** Affaires scolaires: the school canteen. */
    SCHOOL("AS", "Affaires scolaires"),
    /** Petite enfance: the nursery (multi-accueil). */
    EARLY_CHILDHOOD("PE", "Petite enfance");

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

    /** « Affaires scolaires »: French capitalises a service's name on its first word only. */
    public String frenchName() {
        return frenchName;
    }
}
