package fr.espacefamille.bootstrap;

import java.net.URI;
import java.util.List;

import fr.espacefamille.adapter.http.account.FranceConnectPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.account.JdbiFranceConnectLinks;
import fr.espacefamille.adapter.oidc.FranceConnectProvider;
import fr.espacefamille.application.account.LinkFranceConnect;
import fr.espacefamille.application.account.SignInWithFranceConnect;
import fr.espacefamille.application.account.UnlinkFranceConnect;

/** Sign-in with FranceConnect (§13), only when FAMILLE_FRANCECONNECT_* are set: otherwise no button and no routes. */
final class FranceConnectWiring {

    private FranceConnectWiring() {
    }

    /**
     * The provider's origin, where the sign-out form ends up (our sign-out redirects to its
     * end_session_endpoint): without it, the pages' CSP « form-action » stops the browser there.
     */
    static List<String> formTargets(Config config) {
        return config.franceConnect().map(fc -> {
            URI issuer = fc.issuer();
            return List.of(issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort()));
        }).orElse(List.of());
    }

    static List<Feature> features(SharedWiring core, AccountWiring accounts) {
        if (core.config().franceConnect().isEmpty()) {
            return List.of();
        }
        Config.FranceConnect settings = core.config().franceConnect().get();
        URI base = core.config().baseUrl();
        var provider = new FranceConnectProvider(new FranceConnectProvider.Settings(settings.issuer(), settings.clientId(),
                settings.clientSecret(), URI.create(base + "/auth/franceconnect/callback"), URI.create(base + "/auth/franceconnect/logout")));
        var links = new JdbiFranceConnectLinks(core.db());
        var signIn = new SignInWithFranceConnect(provider, links, core.accounts(), core.sessions(), core.transactions(), core.clock());
        var link = new LinkFranceConnect(accounts.signIn, links, core.sessions(), core.transactions(), core.audit(), core.clock());
        var unlink = new UnlinkFranceConnect(core.accounts(), links, core.transactions(), core.audit());
        return List.of(new FranceConnectPages(signIn, link, unlink, core.web()));
    }
}
