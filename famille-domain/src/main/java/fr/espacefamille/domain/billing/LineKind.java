package fr.espacefamille.domain.billing;

/** The kinds of invoice line, each with the French label shown to families, in the order they are listed. */
public enum LineKind {
    BOOKED_MEAL(Regie.SCHOOL, "Repas réservés"),
    UNREPORTED_ABSENCE(Regie.SCHOOL, "Repas réservés, absence non signalée"),
    UNBOOKED_MEAL(Regie.SCHOOL, "Repas non réservés (tarif majoré)"),
    CARENCE_DAY(Regie.SCHOOL, "Jour de carence (absence pour maladie)"),
    BILLED_ABSENCE(Regie.SCHOOL, "Absences signalées hors délai, facturées"),
    CONTRACT_HOURS(Regie.EARLY_CHILDHOOD, "Accueil régulier : heures du contrat"),
    EXTRA_HOURS(Regie.EARLY_CHILDHOOD, "Accueil régulier : heures complémentaires"),
    OCCASIONAL_HOURS(Regie.EARLY_CHILDHOOD, "Accueil occasionnel"),
    LATE_CANCELLATION(Regie.EARLY_CHILDHOOD, "Accueil occasionnel : annulations tardives et absences"),
    DEDUCTION(Regie.EARLY_CHILDHOOD, "Déduction : absences justifiées");

    private final Regie regie;
    private final String label;

    LineKind(Regie regie, String label) {
        this.regie = regie;
        this.label = label;
    }

    public Regie regie() {
        return regie;
    }

    public String label() {
        return label;
    }

    /** Nursery lines count hours, canteen lines meals. */
    public boolean countsHours() {
        return regie == Regie.EARLY_CHILDHOOD;
    }
}
