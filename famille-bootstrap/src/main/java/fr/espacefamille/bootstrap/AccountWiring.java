package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.account.SessionApi;
import fr.espacefamille.adapter.http.account.SignInPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.account.JdbiLoginAttempts;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.EnsureAdminAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;

/** Sign-in, sessions and accounts. */
final class AccountWiring {

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
        return List.of(new SessionApi(signIn, signOut, createAgent), new SignInPages(signIn, signOut, core.web()));
    }
}
