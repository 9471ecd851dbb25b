package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * A signed-in person changes their password, giving the current one. Every other session of the
 * account ends, the current one stays; a pending reset link dies. Wrong current passwords count
 * towards the sign-in lockout of the username, so a stolen session cannot be used to guess it.
 * <p>Refuses (API error codes): {@code UNAUTHENTICATED}, {@code BAD_CREDENTIALS}, {@code WEAK_PASSWORD}.
 */
public final class ChangePassword {

    /** The request that {@link ChangePassword} carries out. */
    public record Command(String currentPassword, String newPassword) {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordResets resets;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ChangePassword(Accounts accounts, Sessions sessions, PasswordResets resets, PasswordHasher hasher,
            LoginAttempts attempts, Transactions transactions, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.resets = resets;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(attempts, transactions);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Account change(Authenticated who, Command command) {
        // read afresh: the signed-in account may have been remembered a moment ago
        Account account = accounts.byId(who.account().id()).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        String login = account.username().canonical();
        Instant now = clock.instant();
        if (throttle.isLocked(login, now)) {
            throw Refusals.refuse(SignIn.ACCOUNT_LOCKED);
        }
        String current = command.currentPassword() == null ? "" : command.currentPassword();
        if (current.length() > 1024 || !hasher.matches(current, account.passwordHash())) {
            throttle.recordFailure(login, now);
            throw Refusals.refuse(Refusals.WRONG_CURRENT_PASSWORD);
        }
        Optional<Refusal> weakness = CommonPasswords.weakPassword(command.newPassword(), account.username().value());
        if (weakness.isPresent()) {
            throw Refusals.refuse(weakness.get());
        }
        Account changed = account.withPasswordHash(hasher.hash(command.newPassword()));
        transactions.run(() -> {
            accounts.update(changed);
            sessions.removeAllOf(account.id(), who.tokenDigest());
            resets.removeOf(account.id());
            audit.record(who.actor(), "PASSWORD_CHANGED", account.id(), null, null);
        });
        return changed;
    }
}
