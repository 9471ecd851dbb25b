package fr.espacefamille.application.account;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * A person stops signing in with FranceConnect. Only when their account has a password: otherwise
 * they could no longer sign in at all.
 */
public final class UnlinkFranceConnect {

    public static final Refusal NOT_LINKED = Refusal.rule("FRANCECONNECT_NOT_LINKED", "Ce compte n'est pas relié à FranceConnect.");
    public static final Refusal PASSWORD_REQUIRED = Refusal.rule("PASSWORD_REQUIRED",
            "Choisissez d'abord un mot de passe : sans lui, vous ne pourriez plus vous connecter.");

    private final Accounts accounts;
    private final FranceConnectLinks links;
    private final Transactions transactions;
    private final Audit audit;

    public UnlinkFranceConnect(Accounts accounts, FranceConnectLinks links, Transactions transactions, Audit audit) {
        this.accounts = accounts;
        this.links = links;
        this.transactions = transactions;
        this.audit = audit;
    }

    public void unlink(Actor actor) {
        if (actor.accountId() == null) {
            throw new RefusedException(Refusal.forbidden());
        }
        Account account = accounts.byId(actor.accountId()).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        if (account.passwordHash().isBlank()) {
            throw new RefusedException(PASSWORD_REQUIRED);
        }
        transactions.run(() -> {
            if (!links.unlink(account.id())) {
                throw new RefusedException(NOT_LINKED);
            }
            audit.record(actor, "FRANCECONNECT_UNLINKED", account.id(), null, null);
        });
    }
}
