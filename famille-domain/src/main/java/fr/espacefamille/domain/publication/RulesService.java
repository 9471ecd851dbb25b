package fr.espacefamille.domain.publication;

import fr.espacefamille.domain.account.Role;

/** The service a rules document governs; each is kept by the staff who run that service. */
public enum RulesService {
    /** Règlement de la restauration scolaire. */
    CANTEEN(Role.SCHOOL_AGENT),
    /** Règlement de fonctionnement du multi-accueil. */
    NURSERY(Role.NURSERY_AGENT),
    /** Règlement général de l'Espace Famille (inscriptions, facturation...). */
    GENERAL(Role.ADMIN);

    private final Role keeper;

    RulesService(Role keeper) {
        this.keeper = keeper;
    }

    /** The role that publishes and withdraws this service's rules (ADMIN may always). */
    public Role keeper() {
        return keeper;
    }
}
