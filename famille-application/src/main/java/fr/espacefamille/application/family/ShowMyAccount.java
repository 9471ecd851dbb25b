package fr.espacefamille.application.family;

import java.util.Comparator;
import java.util.List;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Refusal;

/**
 * "Mon compte": the signed-in person's account, guardian record, family and pending address change.
 * <p>Refuses (API error codes): {@code UNAUTHENTICATED}, {@code NOT_FOUND}.
 */
public final class ShowMyAccount {

    private final Accounts accounts;
    private final Families families;
    private final AddressRequests addressRequests;
    private final Documents documents;

    public ShowMyAccount(Accounts accounts, Families families, AddressRequests addressRequests, Documents documents) {
        this.accounts = accounts;
        this.families = families;
        this.addressRequests = addressRequests;
        this.documents = documents;
    }

    public MyAccount show(Actor actor) {
        Account account = accounts.byId(actor.accountId()).orElseThrow(() -> Refusals.refuse(Refusal.unauthenticated()));
        if (account.familyId() == null) {
            return new MyAccount(account, null, null, null);
        }
        Family family = families.byId(account.familyId()).orElseThrow(Refusals::notFound);
        return new MyAccount(account, family, family.guardian(account.guardianId()).orElseThrow(Refusals::notFound),
                addressRequests.pendingOf(family.id()).orElse(null));
    }

    /** The documents of one's own family that can go with an address change, proofs of address first; none for staff. */
    public List<Document> proofCandidates(Actor actor) {
        return actor.family().map(documents::ofFamily).orElse(List.of()).stream()
                .sorted(Comparator.comparing((Document d) -> d.kind() != DocumentKind.PROOF_OF_ADDRESS)
                        .thenComparing(Document::uploadedAt, Comparator.reverseOrder()))
                .toList();
    }
}
