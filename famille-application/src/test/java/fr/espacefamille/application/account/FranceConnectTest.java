package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.inmemory.InMemoryFranceConnectLinks;
import fr.espacefamille.application.inmemory.InMemoryIdentityProvider;
import fr.espacefamille.application.shared.Outcome;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/** FranceConnect sign-in on the in-memory ports: linking by password (never by email), then signing straight in, unlinking. */
class FranceConnectTest {

    private final InMemoryPortal portal = new InMemoryPortal();
    private final InMemoryIdentityProvider provider = portal.town.stores().identityProvider();
    private final InMemoryFranceConnectLinks links = portal.town.stores().franceConnectLinks();
    private final SignInWithFranceConnect franceConnect = portal.town.personalData().franceConnectSignIn();
    private final LinkFranceConnect link = portal.town.personalData().linkFranceConnect();
    private final UnlinkFranceConnect unlink = portal.town.personalData().unlinkFranceConnect();
    /** FranceConnect's Claire: same email as the portal's, which must not be enough. */
    private final FranceConnectIdentity claire = new FranceConnectIdentity("sub-claire", "Claire", "Martin", LocalDate.of(1985, 6, 1),
            "claire.m@example.fr");
    private Account account;

    @BeforeEach
    void claireHasASpace() {
        account = portal.activateFirst(portal.martin(), "claire.m");
    }

    private SignInWithFranceConnect.Result comeBack(FranceConnectIdentity identity) {
        var authorization = franceConnect.start();
        Map<String, String> callback = new HashMap<>();
        callback.put("state", authorization.state());
        callback.put("code", provider.codeFor(identity, authorization.nonce()));
        return franceConnect.finish(callback, authorization.state(), authorization.nonce());
    }

    @Test
    void an_unknown_identity_is_never_linked_by_email_and_waits_to_be_linked_by_password() {
        var result = comeBack(claire);

        assertThat(result).isInstanceOf(SignInWithFranceConnect.MustLink.class);
        assertThat(links.subjectOf(account.id())).isEmpty();
        String pending = ((SignInWithFranceConnect.MustLink) result).pendingToken();
        assertThat(franceConnect.pending(pending)).contains(claire);

        assertThat(link.link(new LinkFranceConnect.Command(pending, "claire.m", "Mauvais-Mot-De-Passe-1")))
                .isInstanceOf(Outcome.Refused.class);
        assertThat(link.link(new LinkFranceConnect.Command(pending, "claire.m", STRONG))).isInstanceOf(Outcome.Done.class);
        assertThat(links.accountOf("sub-claire")).contains(account.id());
        assertThat(portal.audit("FRANCECONNECT_LINKED")).hasSize(1);
        assertThat(franceConnect.pending(pending)).isEmpty();

        var again = comeBack(claire);
        assertThat(again).isInstanceOf(SignInWithFranceConnect.SignedIn.class);
        var signedIn = (SignInWithFranceConnect.SignedIn) again;
        assertThat(portal.authenticate.byToken(signedIn.session().token())).hasValueSatisfying(
                who -> assertThat(who.account().id()).isEqualTo(account.id()));
        assertThat(signedIn.idToken()).isNotBlank();
    }

    @Test
    void a_pending_identity_expires_after_a_quarter_of_an_hour() {
        String pending = ((SignInWithFranceConnect.MustLink) comeBack(claire)).pendingToken();
        portal.clock.advance(SignInWithFranceConnect.PENDING_LIFETIME.plus(Duration.ofSeconds(1)));

        assertThat(link.link(new LinkFranceConnect.Command(pending, "claire.m", STRONG)))
                .isEqualTo(Outcome.refused(LinkFranceConnect.LINK_EXPIRED));
    }

    @Test
    void a_failed_check_signs_nobody_in() {
        var authorization = franceConnect.start();
        Map<String, String> callback = new HashMap<>(Map.of("state", authorization.state(),
                "code", provider.codeFor(claire, authorization.nonce())));

        assertThat(franceConnect.finish(callback, "un-autre-etat", authorization.nonce())).isInstanceOf(SignInWithFranceConnect.Failed.class);
        assertThat(franceConnect.finish(callback, null, null)).isInstanceOf(SignInWithFranceConnect.Failed.class);
    }

    @Test
    void staff_accounts_are_not_linked_and_their_session_ends_with_the_refusal() {
        portal.createAgent.create(fr.espacefamille.application.shared.Actor.SYSTEM, new CreateAgent.Command("agent.x", STRONG,
                "agent@example.fr", fr.espacefamille.domain.account.Role.SCHOOL_AGENT));
        String pending = ((SignInWithFranceConnect.MustLink) comeBack(claire)).pendingToken();

        assertThat(link.link(new LinkFranceConnect.Command(pending, "agent.x", STRONG))).isEqualTo(Outcome.refused(LinkFranceConnect.STAFF_ACCOUNT));
        assertThat(links.accountOf("sub-claire")).isEmpty();
    }

    @Test
    void unlinking_stops_franceconnect_from_signing_in_and_is_audited() {
        String pending = ((SignInWithFranceConnect.MustLink) comeBack(claire)).pendingToken();
        link.link(new LinkFranceConnect.Command(pending, "claire.m", STRONG));
        var claireSignedIn = portal.session("claire.m", STRONG);

        assertThat(unlink.unlink(claireSignedIn.actor())).isInstanceOf(Outcome.Done.class);
        assertThat(unlink.unlink(claireSignedIn.actor())).isEqualTo(Outcome.refused(UnlinkFranceConnect.NOT_LINKED));
        assertThat(comeBack(claire)).isInstanceOf(SignInWithFranceConnect.MustLink.class);
        assertThat(portal.audit("FRANCECONNECT_UNLINKED")).hasSize(1);
    }
}
