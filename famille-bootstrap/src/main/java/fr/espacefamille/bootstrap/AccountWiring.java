package fr.espacefamille.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import fr.espacefamille.adapter.http.account.AccountApi;
import fr.espacefamille.adapter.http.account.ActivationPages;
import fr.espacefamille.adapter.http.account.ApplicantApi;
import fr.espacefamille.adapter.http.account.ApplicantPages;
import fr.espacefamille.adapter.http.account.AddressChangeApi;
import fr.espacefamille.adapter.http.account.AddressChangePages;
import fr.espacefamille.adapter.http.account.KeyLetterApi;
import fr.espacefamille.adapter.http.account.KeyLetterPages;
import fr.espacefamille.adapter.http.account.MeApi;
import fr.espacefamille.adapter.http.account.MySpacePages;
import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.account.PasswordPages;
import fr.espacefamille.adapter.http.account.SessionApi;
import fr.espacefamille.adapter.http.account.SignInPages;
import fr.espacefamille.adapter.http.shared.AddressThrottling;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.account.JdbiEmailConfirmations;
import fr.espacefamille.adapter.jdbc.account.JdbiLoginAttempts;
import fr.espacefamille.adapter.jdbc.account.JdbiPasswordResets;
import fr.espacefamille.adapter.jdbc.family.JdbiAddressRequests;
import fr.espacefamille.adapter.jdbc.shared.JdbiRateLimits;
import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.EmailConfirmationLinks;
import fr.espacefamille.application.account.EnsureAdminAccount;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.shared.Throttle;

/**
 * Parents' accounts and access: sign-in and sessions, staff accounts, activation with the key,
 * applicant accounts (no key, email confirmed by a link),
 * forgotten and changed passwords, one's own details and address changes, invoice preference,
 * key letters.
 */
final class AccountWiring {

    /** Failed sign-ins allowed per client address and quarter of an hour, whatever the logins tried. */
    static final int SIGN_IN_FAILURES_PER_ADDRESS = 50;
    /** Password-reset requests allowed per client address and hour. */
    static final int RESET_REQUESTS_PER_ADDRESS = 30;

    final Authenticate authenticate;
    final SignIn signIn;
    final SignOut signOut;
    final CreateAgent createAgent;
    final EnsureAdminAccount ensureAdmin;
    final ActivateAccount activate;
    final CreateApplicantAccount createApplicant;
    final ConfirmApplicantEmail confirmApplicant;
    final RequestPasswordReset requestReset;
    final ResetPassword resetPassword;
    final ChangePassword changePassword;
    final ShowMyAccount showMyAccount;
    final UpdateContact updateContact;
    final ChooseBillingPreference chooseBillingPreference;
    final ListAddressChanges listAddressChanges;
    final DecideAddressChange decideAddressChange;
    final ReissueActivationKey reissueKey;

    final AbsenceCertificate proofs;

    /** {@code documentWiring}: where proofs of address are checked (the family's own uploaded documents) and uploaded inline. */
    AccountWiring(SharedWiring core, DocumentWiring documentWiring, Executor afterAnswering) {
        Documents documents = documentWiring.documents;
        proofs = documentWiring.certificates;
        var loginAttempts = new JdbiLoginAttempts(core.db());
        var resets = new JdbiPasswordResets(core.db());
        var addressRequests = new JdbiAddressRequests(core.db());
        authenticate = new Authenticate(core.sessions(), core.accounts(), core.clock());
        var confirmationLinks = new EmailConfirmationLinks(new JdbiEmailConfirmations(core.db()), core.transactions(),
                core.mailer(), core.config().town(), core.clock(), core.config().baseUrl().toString());
        signIn = new SignIn(core.accounts(), core.sessions(), loginAttempts, core.passwordHasher(), confirmationLinks,
                core.transactions(), core.clock());
        createApplicant = new CreateApplicantAccount(core.accounts(), confirmationLinks, core.passwordHasher(),
                core.transactions(), core.audit(), core.clock());
        confirmApplicant = new ConfirmApplicantEmail(confirmationLinks, core.accounts(), core.transactions(), core.audit());
        signOut = new SignOut(core.sessions());
        createAgent = new CreateAgent(core.accounts(), core.passwordHasher(), core.transactions(), core.audit(), core.clock());
        ensureAdmin = new EnsureAdminAccount(core.accounts(), core.passwordHasher(), core.transactions(), core.audit(), core.clock());
        activate = new ActivateAccount(core.activationKeys(), core.accounts(), core.passwordHasher(), core.transactions(),
                core.audit(), core.clock());
        requestReset = new RequestPasswordReset(core.accounts(), resets, new JdbiRateLimits(core.db()), core.transactions(),
                core.mailer(), core.config().town(), core.clock(), core.config().baseUrl().toString(), afterAnswering);
        resetPassword = new ResetPassword(resets, core.accounts(), core.sessions(), core.passwordHasher(), core.transactions(),
                core.audit(), core.clock());
        changePassword = new ChangePassword(core.accounts(), core.sessions(), resets, core.passwordHasher(), loginAttempts,
                core.transactions(), core.audit(), core.clock());
        showMyAccount = new ShowMyAccount(core.accounts(), core.families(), addressRequests, documents);
        updateContact = new UpdateContact(core.accounts(), core.families(), addressRequests, documents, core.transactions(),
                core.audit(), core.clock());
        chooseBillingPreference = new ChooseBillingPreference(core.families(), core.transactions(), core.audit());
        listAddressChanges = new ListAddressChanges(addressRequests, core.families(), documents);
        decideAddressChange = new DecideAddressChange(addressRequests, core.families(), core.accounts(), core.transactions(),
                core.audit(), core.mailer(), core.config().town(), core.clock());
        reissueKey = new ReissueActivationKey(core.families(), core.accounts(), core.keyIssuer(), core.transactions());
    }

    List<Feature> features(SharedWiring core) {
        JdbiRateLimits limits = new JdbiRateLimits(core.db());
        AddressThrottling throttling = new AddressThrottling(
                new Throttle(limits, core.clock(), "signin-failures", SIGN_IN_FAILURES_PER_ADDRESS, Duration.ofMinutes(15)),
                new Throttle(limits, core.clock(), "reset-requests", RESET_REQUESTS_PER_ADDRESS, Duration.ofHours(1)));
        return List.of(
                throttling,
                new SessionApi(signIn, signOut, createAgent),
                new AccountApi(activate, requestReset, resetPassword, changePassword),
                new ApplicantApi(createApplicant, confirmApplicant),
                new MeApi(showMyAccount, updateContact, chooseBillingPreference),
                new AddressChangeApi(listAddressChanges, decideAddressChange),
                new KeyLetterApi(reissueKey, core.web(), core.clock()),
                new SignInPages(signIn, signOut, core.web()),
                new ActivationPages(activate, signIn, core.web()),
                new ApplicantPages(createApplicant, confirmApplicant),
                new PasswordPages(requestReset, resetPassword),
                new MySpacePages(showMyAccount, updateContact, changePassword, chooseBillingPreference, proofs),
                new AddressChangePages(listAddressChanges, decideAddressChange),
                new KeyLetterPages(reissueKey, new FindFamily(core.families(), core.accounts(), core.activationKeys()), core.web(), core.clock()));
    }
}
