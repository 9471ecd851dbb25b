package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Sign-in with a username or an email and a password. After five failures within 15 minutes,
 * every attempt with that login is refused for 15 minutes, right password or not. Unknown logins
 * and wrong passwords get the same answer after the same work (a dummy hash is checked). A login
 * naming several accounts (an email shared by two, a username stored before usernames could not
 * be emails) opens the one whose password it is, and none when the password fits more than one.
 * An applicant account whose email is not confirmed yet is refused {@code EMAIL_NOT_CONFIRMED},
 * and gets a new link if its first one expired.
 */
public final class SignIn {

    public static final int MAX_FAILURES = LoginThrottle.MAX_FAILURES;
    public static final Duration WINDOW = LoginThrottle.WINDOW;
    public static final Duration LOCKOUT = LoginThrottle.LOCKOUT;

    public static final Refusal BAD_CREDENTIALS = new Refusal("BAD_CREDENTIALS", Refusal.Kind.UNAUTHENTICATED,
            "Identifiant ou mot de passe incorrect.");
    public static final Refusal AMBIGUOUS_LOGIN = new Refusal("BAD_CREDENTIALS", Refusal.Kind.UNAUTHENTICATED,
            "Cette adresse désigne plusieurs comptes : connectez-vous avec votre identifiant.");
    public static final Refusal ACCOUNT_LOCKED = new Refusal("ACCOUNT_LOCKED", Refusal.Kind.LOCKED,
            "Trop de tentatives : réessayez dans 15 minutes.");

    public record Command(String login, String password) {
    }

    public record SignedIn(String token, Account account, Instant expiresAt) {
        public Role role() {
            return account.role();
        }
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final EmailConfirmationLinks confirmations;
    private final Transactions transactions;
    private final Clock clock;
    private final String dummyHash;

    public SignIn(Accounts accounts, Sessions sessions, LoginAttempts attempts, PasswordHasher hasher,
            EmailConfirmationLinks confirmations, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = new LoginThrottle(attempts, transactions);
        this.hasher = hasher;
        this.confirmations = confirmations;
        this.transactions = transactions;
        this.clock = clock;
        this.dummyHash = hasher.hash(Secrets.newToken());
    }

    public SignedIn signIn(Command command) {
        String login = command.login() == null ? "" : command.login().strip().toLowerCase(Locale.ROOT);
        String password = command.password() == null ? "" : command.password();
        Instant now = clock.instant();
        if (login.isEmpty() || login.length() > 254 || password.length() > 1024) {
            throw Refusals.refuse(BAD_CREDENTIALS);
        }
        if (throttle.isLocked(login, now)) {
            throw Refusals.refuse(ACCOUNT_LOCKED);
        }
        List<Account> named = accounts.byLogin(login);
        // Check a hash even for unknown logins, so that timing does not reveal which accounts exist.
        List<Account> matching = named.isEmpty() ? mismatch(password)
                : named.stream().filter(a -> hasher.matches(password, a.passwordHash())).toList();
        if (matching.isEmpty()) {
            throttle.recordFailure(login, now);
            throw Refusals.refuse(BAD_CREDENTIALS);
        }
        if (matching.size() > 1) {
            throw Refusals.refuse(AMBIGUOUS_LOGIN);
        }
        Account account = matching.get(0);
        if (confirmations.pending(account.id())) {
            confirmations.renewIfExpired(account);
            throw Refusals.refuse(Refusals.EMAIL_NOT_CONFIRMED);
        }
        return transactions.inTransaction(() -> {
            throttle.clear(login);
            return SessionPolicy.open(sessions, account, now);
        });
    }

    private List<Account> mismatch(String password) {
        hasher.matches(password, dummyHash);
        return List.of();
    }
}
