package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.account.PasswordResets.StoredReset;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.PasswordResetPolicy;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A new password from a reset link. A weak password is refused without using the link up; a
 * successful reset uses it up and ends every session of the account.
 * <p>Refuses (API error codes): {@code INVALID_TOKEN}, {@code WEAK_PASSWORD}.
 */
public final class ResetPassword {

    /** The request that {@link ResetPassword} carries out. */
    public record Command(String token, String newPassword) {
    }

    private final PasswordResets resets;
    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ResetPassword(PasswordResets resets, Accounts accounts, Sessions sessions, PasswordHasher hasher,
            Transactions transactions, Audit audit, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the link of {@code token} can still set a password, so that a page asks for one only then. */
    public boolean linkIsLive(String token) {
        return live(token).isPresent();
    }

    /** The username of the account, to sign in with. */
    public Username reset(Command command) {
        Optional<StoredReset> reset = live(command.token());
        Optional<Account> account = reset.flatMap(stored -> accounts.byId(stored.account()));
        if (account.isEmpty()) {
            throw Refusals.refuse(Refusals.INVALID_TOKEN);
        }
        Optional<Refusal> weakness = CommonPasswords.weakPassword(command.newPassword(), account.get().username().value());
        if (weakness.isPresent()) {
            throw Refusals.refuse(weakness.get());
        }
        String hash = hasher.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            if (!resets.consume(reset.get().digest())) {
                throw Refusals.refuse(Refusals.INVALID_TOKEN);
            }
            accounts.update(account.get().withPasswordHash(hash));
            sessions.removeAllOf(account.get().id(), null);
            audit.record(Authenticate.actorOf(account.get()), "PASSWORD_RESET", account.get().id(), null, null);
            return account.get().username();
        });
    }

    private Optional<StoredReset> live(String token) {
        Instant now = clock.instant();
        return Optional.ofNullable(token)
                .filter(t -> !t.isBlank() && t.length() <= 200)
                .flatMap(t -> resets.byDigest(RequestPasswordReset.digest(t)))
                .filter(stored -> PasswordResetPolicy.linkIsLive(stored.expiresAt(), now));
    }
}
