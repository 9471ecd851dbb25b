package fr.espacefamille.application.family;

import java.util.Optional;

import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;

/** A pending address change as staff review it: the request, the family as it is, who asked, the proof. */
public record PendingAddressChange(AddressRequest request, Family family, Guardian guardian, Document proof) {

    public Optional<Document> proofDocument() {
        return Optional.ofNullable(proof);
    }
}
