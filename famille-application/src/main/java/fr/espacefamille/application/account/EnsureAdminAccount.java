package fr.espacefamille.application.account;

import java.time.Clock;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;

/**
 * At start-up, creates the {@code admin} account from the configured password when it does not
 * exist yet; an existing admin is left as it is (its password may have been changed since).
 */
public final class EnsureAdminAccount {

    public static final String USERNAME = "admin";

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public EnsureAdminAccount(Accounts accounts, PasswordHasher hasher, Transactions transactions, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when the account was created now. */
    public boolean ensure(String password) {
        if (password == null || password.isBlank()) {
            return false;
        }
        return transactions.inTransaction(() -> {
            if (!accounts.byLogin(USERNAME).isEmpty()) {
                return false;
            }
            Account admin = new Account(AccountId.random(), new Username(USERNAME), "admin@localhost",
                    hasher.hash(password), Role.ADMIN, null, null, clock.instant());
            accounts.add(admin);
            audit.record(Actor.SYSTEM, "ADMIN_CREATED", admin.id(), null, AuditJson.of("username", "admin"));
            return true;
        });
    }
}
