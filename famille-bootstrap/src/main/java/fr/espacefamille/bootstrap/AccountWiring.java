package fr.espacefamille.bootstrap;

import java.time.Duration;
import java.util.List;

import fr.espacefamille.adapter.http.account.SessionApi;
import fr.espacefamille.adapter.http.account.SignInPages;
import fr.espacefamille.adapter.http.shared.AddressThrottling;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.account.JdbiLoginAttempts;
import fr.espacefamille.adapter.jdbc.shared.JdbiRateLimits;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.EnsureAdminAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.shared.Throttle;

/** Sign-in, sessions and accounts. */
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

    AccountWiring(Core core) {
        authenticate = new Authenticate(core.sessions(), core.accounts(), core.clock());
        signIn = new SignIn(core.accounts(), core.sessions(), new JdbiLoginAttempts(core.db()), core.passwordHasher(),
                core.transactions(), core.clock());
        signOut = new SignOut(core.sessions());
        createAgent = new CreateAgent(core.accounts(), core.passwordHasher(), core.transactions(), core.audit(), core.clock());
        ensureAdmin = new EnsureAdminAccount(core.accounts(), core.passwordHasher(), core.transactions(), core.audit(), core.clock());
    }

    List<Feature> features(Core core) {
        JdbiRateLimits limits = new JdbiRateLimits(core.db());
        AddressThrottling throttling = new AddressThrottling(
                new Throttle(limits, core.clock(), "signin-failures", SIGN_IN_FAILURES_PER_ADDRESS, Duration.ofMinutes(15)),
                new Throttle(limits, core.clock(), "reset-requests", RESET_REQUESTS_PER_ADDRESS, Duration.ofHours(1)));
        return List.of(throttling, new SessionApi(signIn, signOut, createAgent), new SignInPages(signIn, signOut, core.web()));
    }
}
