package fr.espacefamille.application.family;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * Reads a family: staff any, a parent only their own (any other answers "not found").
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class FindFamily {

    private static final int SEARCH_LIMIT = 200;

    private final Families families;
    private final Accounts accounts;
    private final ActivationKeys keys;

    public FindFamily(Families families, Accounts accounts, ActivationKeys keys) {
        this.families = families;
        this.accounts = accounts;
        this.keys = keys;
    }

    /** The family with its guardians' access to the portal. */
    public FamilyDetails details(Actor actor, FamilyId id) {
        Family family = byId(actor, id);
        List<FamilyDetails.GuardianAccess> access = family.guardians().stream()
                .map(g -> {
                    Optional<Account> account = accounts.byGuardian(g.id());
                    return new FamilyDetails.GuardianAccess(g.id(), account.map(a -> a.username().value()).orElse(null),
                            account.map(Account::createdAt).orElse(null),
                            keys.ofGuardian(g.id()).map(ActivationKeys.StoredKey::expiresOn).orElse(null));
                })
                .toList();
        return new FamilyDetails(family, access);
    }

    /** The family of a guardian, for staff (a parent reaches only their own family's guardians). */
    public FamilyDetails ofGuardian(Actor actor, GuardianId guardian) {
        Family family = families.byGuardian(guardian).filter(f -> actor.mayReach(f.id())).orElseThrow(Refusals::notFound);
        return details(actor, family.id());
    }

    public Family byId(Actor actor, FamilyId id) {
        if (!actor.mayReach(id)) {
            throw Refusals.notFound();
        }
        return families.byId(id).orElseThrow(Refusals::notFound);
    }

    /** The acting parent's own family. */
    public Family own(Actor actor) {
        return byId(actor, actor.family().orElseThrow(Refusals::notFound));
    }

    public List<Family> search(Actor actor, String query) {
        if (!actor.isStaff()) {
            throw Refusals.refuse(fr.espacefamille.domain.shared.Refusal.forbidden());
        }
        return families.search(query == null ? "" : query, SEARCH_LIMIT);
    }
}
