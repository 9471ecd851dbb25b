package fr.espacefamille.application.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.shared.Refusal;

/**
 * « Créer mon espace sans clé » (§8): a person whose family the town does not know yet opens an
 * APPLICANT account with a username, a password (§1 rules) and a personal email. The account cannot
 * sign in before its email is confirmed by the single-use link mailed here, valid 24 hours.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code USERNAME_TAKEN}, {@code WEAK_PASSWORD}.
 */
public final class CreateApplicantAccount {

    /** The request that {@link CreateApplicantAccount} carries out. */
    public record Command(String username, String password, String email) {
    }

    private final Accounts accounts;
    private final EmailConfirmationLinks links;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CreateApplicantAccount(Accounts accounts, EmailConfirmationLinks links, PasswordHasher hasher,
            Transactions transactions, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Account create(Command command) {
        Optional<Username> username = Username.parse(command.username() == null ? null : command.username().strip());
        if (username.isEmpty()) {
            throw Refusals.refuse(Refusals.INVALID_USERNAME);
        }
        String email = command.email() == null ? "" : command.email().strip().toLowerCase(Locale.ROOT);
        if (!Emails.looksValid(email)) {
            throw Refusals.refuse(Refusals.INVALID_EMAIL);
        }
        Optional<Refusal> weakness = CommonPasswords.weakPassword(command.password(), username.get().value());
        if (weakness.isPresent()) {
            throw Refusals.refuse(weakness.get());
        }
        Account account = new Account(AccountId.random(), username.get(), email, hasher.hash(command.password()),
                Role.APPLICANT, null, null, clock.instant());
        Mail mail = transactions.inTransaction(() -> {
            if (!accounts.add(account)) {
                throw Refusals.refuse(Refusals.USERNAME_TAKEN);
            }
            audit.record(Authenticate.actorOf(account), "APPLICANT_ACCOUNT_CREATED", account.id(), null,
                    AuditJson.of("username", account.username(), "email", account.email()));
            return links.issue(account);
        });
        // only once the account is committed, and a mail server's trouble cannot undo it
        links.send(mail);
        return account;
    }
}
