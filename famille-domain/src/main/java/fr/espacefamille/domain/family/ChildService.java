package fr.espacefamille.domain.family;

/** The childhood services a child can be enrolled in. */
public enum ChildService {
    /** Restauration scolaire (régie SCHOOL). */
    CANTEEN,
    /** Multi-accueil, accueil occasionnel (régie EARLY_CHILDHOOD). */
    NURSERY_OCCASIONAL,
    /** Multi-accueil, accueil régulier under a contract (régie EARLY_CHILDHOOD). */
    NURSERY_REGULAR
}
