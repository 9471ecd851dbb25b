package fr.espacefamille.application.account;

import java.util.Optional;

import fr.espacefamille.application.account.EmailConfirmations.PendingConfirmation;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Username;

/**
 * The applicant opens the link of the confirmation mail: the email is confirmed and the account may
 * sign in from now on. Unknown, used and expired links all get {@code INVALID_TOKEN}.
 * <p>Refuses (API error codes): {@code INVALID_TOKEN}.
 */
public final class ConfirmApplicantEmail {

    private final EmailConfirmationLinks links;
    private final Accounts accounts;
    private final Transactions transactions;
    private final Audit audit;

    public ConfirmApplicantEmail(EmailConfirmationLinks links, Accounts accounts, Transactions transactions, Audit audit) {
        this.links = links;
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Whether the link of {@code token} can still confirm, so that a page offers the button only then. */
    public boolean linkIsLive(String token) {
        return links.live(token).isPresent();
    }

    /** The username of the account, to sign in with. */
    public Username confirm(String token) {
        Optional<PendingConfirmation> pending = links.live(token);
        Optional<Account> account = pending.flatMap(p -> accounts.byId(p.account()));
        if (account.isEmpty()) {
            throw Refusals.refuse(Refusals.INVALID_CONFIRMATION_TOKEN);
        }
        return transactions.inTransaction(() -> {
            if (!links.consume(pending.get())) {
                throw Refusals.refuse(Refusals.INVALID_CONFIRMATION_TOKEN);
            }
            audit.record(Authenticate.actorOf(account.get()), "APPLICANT_EMAIL_CONFIRMED", account.get().id(), null, null);
            return account.get().username();
        });
    }
}
