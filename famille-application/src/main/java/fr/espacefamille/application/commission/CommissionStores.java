package fr.espacefamille.application.commission;

import java.util.Objects;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.nursery.RegularContracts;

/**
 * The stores the commission's use cases share, passed as one; {@code accounts} for applicant
 * accounts (their confirmed e-mail, and their joining the family made when a place is accepted).
 */
public record CommissionStores(ScoringGrids grids, NurseryRequests requests, CommissionSessions sessions,
        NurseryOffers offers, Families families, RegularContracts contracts, Documents documents, Accounts accounts) {

    public CommissionStores {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(accounts, "accounts");
    }
}
