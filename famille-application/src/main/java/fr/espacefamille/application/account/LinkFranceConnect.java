package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.FranceConnectIdentity;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * The first FranceConnect sign-in of a person: they prove which account is theirs by signing in
 * once with its username and password (the same checks and lockout as the sign-in page), and the
 * identity is linked to it. Staff accounts are not linked: FranceConnect is for families.
 */
public final class LinkFranceConnect {

    public static final Refusal LINK_EXPIRED = new Refusal("FRANCECONNECT_LINK_EXPIRED", Refusal.Kind.UNAUTHENTICATED,
            "Le délai pour relier votre identité FranceConnect est dépassé : reconnectez-vous avec FranceConnect.");
    public static final Refusal ALREADY_LINKED = Refusal.conflict("FRANCECONNECT_ALREADY_LINKED",
            "Ce compte est déjà relié à une autre identité FranceConnect.");
    public static final Refusal STAFF_ACCOUNT = Refusal.rule("FRANCECONNECT_NOT_FOR_STAFF",
            "Seuls les comptes des familles peuvent être reliés à FranceConnect.");

    public record Command(String pendingToken, String login, String password) {
    }

    private final SignIn signIn;
    private final FranceConnectLinks links;
    private final Sessions sessions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public LinkFranceConnect(SignIn signIn, FranceConnectLinks links, Sessions sessions, Transactions transactions, Audit audit,
            Clock clock) {
        this.signIn = signIn;
        this.links = links;
        this.sessions = sessions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public SignIn.SignedIn link(Command command) {
        String digest = command.pendingToken() == null || command.pendingToken().isBlank() ? "" : Secrets.digest(command.pendingToken());
        Instant now = clock.instant();
        Optional<FranceConnectIdentity> identity = links.pending(digest, now);
        if (identity.isEmpty()) {
            throw new RefusedException(LINK_EXPIRED);
        }
        SignIn.SignedIn signedIn = signIn.signIn(new SignIn.Command(command.login(), command.password()));
        try {
            transactions.run(() -> {
                if (signedIn.role().isStaff()) {
                    throw new RefusedException(STAFF_ACCOUNT);
                }
                if (!links.link(identity.get().subject(), signedIn.account().id(), now)) {
                    throw new RefusedException(ALREADY_LINKED);
                }
                links.removePending(digest);
                audit.record(Authenticate.actorOf(signedIn.account()), "FRANCECONNECT_LINKED", signedIn.account().id(), null, null);
            });
        } catch (RefusedException refused) {
            // the password was right, but the session was only opened to link: it ends with the refusal
            sessions.remove(Secrets.digest(signedIn.token()));
            throw refused;
        }
        return signedIn;
    }
}
