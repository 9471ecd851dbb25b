package fr.espacefamille.application.account;

import java.time.Clock;
import java.util.Locale;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.shared.Refusal;

/**
 * An administrator creates a staff account (agent).
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code USERNAME_TAKEN}.
 */
public final class CreateAgent {

    /** The request that {@link CreateAgent} carries out. */
    public record Command(String username, String password, String email, Role role) {
    }

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CreateAgent(Accounts accounts, PasswordHasher hasher, Transactions transactions, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public AccountId create(Actor actor, Command command) {
        actor.require(Role.ADMIN);
        if (command.role() == null || !command.role().isStaff()) {
            throw Refusals.refuse(Refusal.invalid("role", "un rôle d'agent est attendu (ADMIN, SCHOOL_AGENT, NURSERY_AGENT, FINANCE_AGENT)"));
        }
        Username username = Username.parse(command.username()).orElse(null);
        if (username == null) {
            throw Refusals.refuse(Refusals.INVALID_USERNAME);
        }
        if (!Emails.looksValid(command.email())) {
            throw Refusals.refuse(Refusals.INVALID_EMAIL);
        }
        var weakness = CommonPasswords.weakPassword(command.password(), username.value());
        if (weakness.isPresent()) {
            throw Refusals.refuse(weakness.get());
        }
        Account account = new Account(AccountId.random(), username, command.email().toLowerCase(Locale.ROOT),
                hasher.hash(command.password()), command.role(), null, null, clock.instant());
        return transactions.inTransaction(() -> {
            if (!accounts.add(account)) {
                throw Refusals.refuse(Refusals.USERNAME_TAKEN);
            }
            audit.record(actor, "AGENT_CREATED", account.id(), null,
                    AuditJson.of("username", username, "role", command.role()));
            return account.id();
        });
    }
}
