package fr.espacefamille.application;

import java.time.Instant;
import java.util.List;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryActivationKeys;
import fr.espacefamille.application.inmemory.InMemoryAddressRequests;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryLoginAttempts;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryPasswordResets;
import fr.espacefamille.application.inmemory.InMemoryRateLimits;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.Pbkdf2PasswordHasher;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;

/**
 * The account and family use cases on in-memory stores with a clock that tests move, and a few
 * steps that many tests take (enrol a family, activate an account, sign in).
 */
public final class InMemoryPortal {

    public static final Instant START = Instant.parse("2026-09-07T06:00:00Z");
    public static final String BASE_URL = "https://famille.example.fr";
    public static final String STRONG = "Glycine-Ardoise-Tramway-42";

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryTransactions tx = new InMemoryTransactions();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    public final Audit audit = new Audit(auditLog, clock);
    public final InMemoryFamilies families = new InMemoryFamilies(tx);
    public final InMemorySchools schools = new InMemorySchools(tx);
    public final InMemoryAccounts accounts = new InMemoryAccounts(tx);
    public final InMemorySessions sessions = new InMemorySessions(tx);
    public final InMemoryLoginAttempts loginAttempts = new InMemoryLoginAttempts(tx);
    public final InMemoryActivationKeys activationKeys = new InMemoryActivationKeys(tx);
    public final InMemoryPasswordResets passwordResets = new InMemoryPasswordResets(tx);
    public final InMemoryRateLimits rateLimits = new InMemoryRateLimits();
    public final InMemoryAddressRequests addressRequests = new InMemoryAddressRequests(tx);
    public final InMemoryDocuments documents = new InMemoryDocuments(tx);
    public final InMemoryMailer mailer = new InMemoryMailer();
    public final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    public final ActivationKeyIssuer keyIssuer = new ActivationKeyIssuer(activationKeys, audit, clock);
    public final CreateFamily createFamily = new CreateFamily(families, schools, keyIssuer, tx, audit, clock);
    public final CreateAgent createAgent = new CreateAgent(accounts, hasher, tx, audit, clock);
    public final ActivateAccount activate = new ActivateAccount(activationKeys, accounts, hasher, tx, audit, clock);
    public final SignIn signIn = new SignIn(accounts, sessions, loginAttempts, hasher, tx, clock);
    public final Authenticate authenticate = new Authenticate(sessions, accounts, clock, clock);
    public final RequestPasswordReset requestReset = new RequestPasswordReset(accounts, passwordResets, rateLimits,
            tx, mailer, clock, BASE_URL + "/");
    public final ResetPassword resetPassword = new ResetPassword(passwordResets, accounts, sessions, hasher, tx, audit, clock);
    public final ChangePassword changePassword = new ChangePassword(accounts, sessions, passwordResets, hasher,
            loginAttempts, tx, audit, clock);
    public final ShowMyAccount showMyAccount = new ShowMyAccount(accounts, families, addressRequests, documents);
    public final UpdateContact updateContact = new UpdateContact(accounts, families, addressRequests, documents, tx, audit, clock);
    public final ListAddressChanges listAddressChanges = new ListAddressChanges(addressRequests, families, documents);
    public final DecideAddressChange decideAddressChange = new DecideAddressChange(addressRequests, families, accounts,
            tx, audit, mailer, clock);
    public final ChooseBillingPreference chooseBillingPreference = new ChooseBillingPreference(families, tx, audit);
    public final ReissueActivationKey reissueKey = new ReissueActivationKey(families, accounts, keyIssuer, tx);

    public static final Actor AGENT = new Actor(null, "agent.ecole", Role.SCHOOL_AGENT, null, null);

    public static Address donges() {
        return new Address("12 rue de la Loire", null, "44480", "Donges");
    }

    /** The Martin family: Claire (with an email) and Julien; Léa, in CE1. */
    public CreateFamily.Result martin() {
        return createFamily.create(AGENT, new CreateFamily.Command("Martin", donges(), 450, null, null, null, true,
                List.of(new CreateFamily.NewGuardian("Claire", "Martin", "claire@example.fr", "06 12 34 56 78"),
                        new CreateFamily.NewGuardian("Julien", "Martin", null, null)),
                List.of(new CreateFamily.NewChild("Léa", "Martin", java.time.LocalDate.of(2018, 3, 14), null, null))));
    }

    /** Activates the first guardian of a family with {@code username}. */
    public Account activateFirst(CreateFamily.Result family, String username) {
        return activate.activate(new ActivateAccount.Command(family.guardians().get(0).key().formatted(), username,
                STRONG, username + "@example.fr"));
    }

    /** Signs in and answers the authenticated session. */
    public Authenticated session(String login, String password) {
        SignIn.SignedIn signedIn = signIn.signIn(new SignIn.Command(login, password));
        return authenticate.byToken(signedIn.token()).orElseThrow();
    }

    public List<AuditEntry> audit(String action) {
        return auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10_000).stream()
                .filter(e -> e.action().equals(action)).toList();
    }

}
