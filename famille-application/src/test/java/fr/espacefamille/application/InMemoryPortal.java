package fr.espacefamille.application;

import java.time.Instant;
import java.util.List;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.account.EmailConfirmationLinks;
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
import fr.espacefamille.application.inmemory.InMemoryEmailConfirmations;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryPasswordResets;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.inmemory.Pbkdf2PasswordHasher;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;

/**
 * The account and family use cases of {@link InMemoryEspaceFamille} under short names, with a clock
 * that tests move, and a few steps that many tests take (enrol a family, activate an account, sign in).
 */
public final class InMemoryPortal {

    public static final Instant START = Instant.parse("2026-09-07T06:00:00Z");
    public static final String BASE_URL = InMemoryEspaceFamille.BASE_URL;
    public static final String STRONG = "Glycine-Ardoise-Tramway-42";

    public final MovableClock clock = new MovableClock(START);
    public final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    private final InMemoryEspaceFamille.Stores stores = town.stores();
    public final InMemoryTransactions tx = stores.transactions();
    public final InMemoryAuditLog auditLog = stores.auditLog();
    public final Audit audit = town.audit().trail();
    public final InMemoryFamilies families = stores.families();
    public final InMemoryAccounts accounts = stores.accounts();
    public final InMemorySessions sessions = stores.sessions();
    public final InMemoryActivationKeys activationKeys = stores.activationKeys();
    public final InMemoryPasswordResets passwordResets = stores.passwordResets();
    public final InMemoryEmailConfirmations emailConfirmations = stores.emailConfirmations();
    public final InMemoryAddressRequests addressRequests = stores.addressRequests();
    public final InMemoryDocuments documents = stores.documents();
    public final Pbkdf2PasswordHasher hasher = stores.hasher();

    public final CreateFamily createFamily = town.families().create();
    public final CreateAgent createAgent = town.accounts().createAgent();
    public final ActivateAccount activate = town.accounts().activate();
    public final SignIn signIn = town.accounts().signIn();
    public final CreateApplicantAccount createApplicant = town.accounts().createApplicant();
    public final ConfirmApplicantEmail confirmApplicant = town.accounts().confirmApplicant();
    public final Authenticate authenticate = town.accounts().authenticate();
    public final RequestPasswordReset requestReset = town.accounts().requestPasswordReset();
    public final ResetPassword resetPassword = town.accounts().resetPassword();
    public final ChangePassword changePassword = town.accounts().changePassword();
    public final ShowMyAccount showMyAccount = town.families().showMyAccount();
    public final UpdateContact updateContact = town.families().updateContact();
    public final ListAddressChanges listAddressChanges = town.families().listAddressChanges();
    public final DecideAddressChange decideAddressChange = town.families().decideAddressChange();
    public final ChooseBillingPreference chooseBillingPreference = town.families().chooseBillingPreference();
    public final ReissueActivationKey reissueKey = town.families().reissueKey();

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
        return town.audited(action);
    }

    public List<Mail> sentMails() {
        return town.sentMails();
    }

}
