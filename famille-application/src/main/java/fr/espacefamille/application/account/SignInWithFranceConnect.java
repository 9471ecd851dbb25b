package fr.espacefamille.application.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * Sign-in through FranceConnect: sends the person to the provider, then, on their return, signs
 * them straight in when their identity is linked to an account, or holds the identity for a
 * quarter of an hour while they link it ({@link LinkFranceConnect}). Never matched by email or
 * name: only the provider's subject identifier designates an account. Sign-out ends the provider's
 * session too.
 */
public final class SignInWithFranceConnect {

    /** How long a verified identity waits to be linked to an account. */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    /** What a return from FranceConnect gave. */
    public sealed interface Result permits SignedIn, MustLink, Failed {
    }

    /** A linked identity: a new portal session, and the ID token to end the provider's session later. */
    public record SignedIn(SignIn.SignedIn session, String idToken) implements Result {
    }

    /** An unknown identity, held under {@code pendingToken} until the person links it. */
    public record MustLink(String pendingToken, FranceConnectIdentity identity, String idToken) implements Result {
    }

    /** Any failed check; the reason went to the log, the person only learns that it failed. */
    public record Failed(String reason) implements Result {
    }

    private final IdentityProvider provider;
    private final FranceConnectLinks links;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Transactions transactions;
    private final Clock clock;

    public SignInWithFranceConnect(IdentityProvider provider, FranceConnectLinks links, Accounts accounts, Sessions sessions,
            Transactions transactions, Clock clock) {
        this.provider = provider;
        this.links = links;
        this.accounts = accounts;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public IdentityProvider.Authorization start() {
        return provider.authorize();
    }

    /** {@code state} and {@code nonce}: what the browser kept from {@link #start()} (null when it kept nothing). */
    public Result finish(Map<String, String> callback, String state, String nonce) {
        IdentityProvider.Verification verification = provider.verify(callback, state, nonce);
        if (verification instanceof IdentityProvider.Rejected rejected) {
            return new Failed(rejected.reason());
        }
        IdentityProvider.Verified verified = (IdentityProvider.Verified) verification;
        Instant now = clock.instant();
        Optional<Account> account = links.accountOf(verified.identity().subject()).flatMap(accounts::byId);
        if (account.isPresent()) {
            return new SignedIn(transactions.inTransaction(() -> SessionPolicy.open(sessions, account.get(), now)), verified.idToken());
        }
        String pendingToken = Secrets.newToken();
        links.holdPending(Secrets.digest(pendingToken), verified.identity(), now.plus(PENDING_LIFETIME));
        return new MustLink(pendingToken, verified.identity(), verified.idToken());
    }

    /** The identity waiting under {@code pendingToken}, for the linking page. */
    public Optional<FranceConnectIdentity> pending(String pendingToken) {
        if (pendingToken == null || pendingToken.isBlank()) {
            return Optional.empty();
        }
        return links.pending(Secrets.digest(pendingToken), clock.instant());
    }

    /** Whether {@code account} signs in with FranceConnect. */
    public boolean isLinked(AccountId account) {
        return links.subjectOf(account).isPresent();
    }

    /**
     * Ends the portal session of {@code sessionToken} and answers where to send the browser so that
     * the provider ends its own; {@code state} comes back with the browser.
     */
    public URI signOut(String sessionToken, String idToken, String state) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            sessions.remove(Secrets.digest(sessionToken));
        }
        return provider.endSession(idToken, state);
    }
}
