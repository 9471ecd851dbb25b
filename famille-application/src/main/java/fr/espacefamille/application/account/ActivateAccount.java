package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import fr.espacefamille.application.account.ActivationKeys.StoredKey;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.ActivationKey;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A guardian creates their own account (PARENT, tied to the guardian and the family) with the
 * activation key the town hall gave them; the key is used up. Any string that is not a live key
 * gets the same {@code INVALID_KEY} answer.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code INVALID_KEY}, {@code USERNAME_TAKEN}, {@code WEAK_PASSWORD}.
 */
public final class ActivateAccount {

    /** The request that {@link ActivateAccount} carries out. */
    public record Command(String key, String username, String password, String email) {
    }

    private final ActivationKeys keys;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ActivateAccount(ActivationKeys keys, Accounts accounts, PasswordHasher hasher, Transactions transactions,
            Audit audit, Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Account activate(Command command) {
        Optional<Username> username = Username.parse(command.username() == null ? null : command.username().strip());
        if (username.isEmpty()) {
            throw Refusals.refuse(Refusals.INVALID_USERNAME);
        }
        String email = command.email() == null ? "" : command.email().strip();
        if (!Emails.looksValid(email)) {
            throw Refusals.refuse(Refusals.INVALID_EMAIL);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<StoredKey> key = ActivationKey.parse(command.key())
                .flatMap(typed -> keys.byDigest(ActivationKeyIssuer.digest(typed)))
                .filter(stored -> ActivationKey.stillValidOn(stored.expiresOn(), today));
        if (key.isEmpty()) {
            throw Refusals.refuse(Refusals.INVALID_KEY);
        }
        Optional<Refusal> weakness = CommonPasswords.weakPassword(command.password(), username.get().value());
        if (weakness.isPresent()) {
            throw Refusals.refuse(weakness.get());
        }
        Account account = new Account(AccountId.random(), username.get(), email.toLowerCase(Locale.ROOT),
                hasher.hash(command.password()), Role.PARENT, key.get().guardian(), key.get().family(), clock.instant());
        return transactions.inTransaction(() -> {
            if (accounts.byGuardian(account.guardianId()).isPresent() || !keys.consume(key.get().digest())) {
                throw Refusals.refuse(Refusals.INVALID_KEY);
            }
            if (!accounts.add(account)) {
                // rolls the key back: the guardian may try again with another username
                throw Refusals.refuse(Refusals.USERNAME_TAKEN);
            }
            audit.record(Authenticate.actorOf(account), "ACCOUNT_ACTIVATED", account.id(), null, AuditJson.of(
                    "username", account.username(), "family", account.familyId(), "guardian", account.guardianId()));
            return account;
        });
    }
}
