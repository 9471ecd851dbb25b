package fr.espacefamille.application.family;

import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.ActivationKeyIssuer.KeyIssued;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff issue a new activation key, to print its letter: a key is stored hashed and shown only
 * when issued, so reprinting a letter means a new key, which kills the old one. For one guardian,
 * or for every guardian of a family who has no account yet.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}, {@code ACCOUNT_ALREADY_ACTIVATED}, {@code ALL_ACCOUNTS_ACTIVATED}.
 */
public final class ReissueActivationKey {

    public static final Refusal ACCOUNT_ALREADY_ACTIVATED = Refusal.conflict("ACCOUNT_ALREADY_ACTIVATED",
            "Ce responsable a déjà créé son espace : il peut utiliser « Mot de passe oublié ».");
    public static final Refusal ALL_ACCOUNTS_ACTIVATED = Refusal.rule("ALL_ACCOUNTS_ACTIVATED",
            "Tous les responsables de ce foyer ont déjà créé leur espace : aucune lettre à imprimer.");

    private final Families families;
    private final Accounts accounts;
    private final ActivationKeyIssuer issuer;
    private final Transactions transactions;

    public ReissueActivationKey(Families families, Accounts accounts, ActivationKeyIssuer issuer, Transactions transactions) {
        this.families = families;
        this.accounts = accounts;
        this.issuer = issuer;
        this.transactions = transactions;
    }

    /** A new key for one guardian who has no account. */
    public KeyLetter forGuardian(Actor actor, GuardianId id) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);
        return transactions.inTransaction(() -> {
            Family family = families.byGuardian(id).orElseThrow(Refusals::notFound);
            if (accounts.byGuardian(id).isPresent()) {
                throw Refusals.refuse(ACCOUNT_ALREADY_ACTIVATED);
            }
            return letter(actor, family, family.guardian(id).orElseThrow(Refusals::notFound));
        });
    }

    /** New keys for every guardian of the family without an account, one letter each. */
    public List<KeyLetter> forFamily(Actor actor, FamilyId id) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);
        return transactions.inTransaction(() -> {
            Family family = families.byId(id).orElseThrow(Refusals::notFound);
            List<KeyLetter> letters = new ArrayList<>();
            for (Guardian guardian : family.guardians()) {
                if (accounts.byGuardian(guardian.id()).isEmpty()) {
                    letters.add(letter(actor, family, guardian));
                }
            }
            if (letters.isEmpty()) {
                throw Refusals.refuse(ALL_ACCOUNTS_ACTIVATED);
            }
            return letters;
        });
    }

    private KeyLetter letter(Actor actor, Family family, Guardian guardian) {
        KeyIssued issued = issuer.issue(actor, family.id(), guardian.id());
        return new KeyLetter(family, guardian, issued.key(), issued.expiresOn());
    }
}
