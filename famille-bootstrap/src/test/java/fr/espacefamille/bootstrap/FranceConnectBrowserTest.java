package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Sign-in with FranceConnect in a real browser against a real OpenID provider on the loopback
 * address (mock-oauth2-server): the first time the identity is linked to an existing account by
 * its password, then FranceConnect signs straight in; sign-out ends both sessions.
 */
class FranceConnectBrowserTest {

    private static final String PASSWORD = "Cl3-Solide-Donges!";
    static MockOAuth2Server provider;
    static TestPortal portal;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        // the first answer of the provider is slow (class loading), not what this test is about
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(provider.wellKnownUrl("franceconnect").uri()).build(),
                HttpResponse.BodyHandlers.discarding());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00", Map.of("FAMILLE_PORT", String.valueOf(port),
                "FAMILLE_BASE_URL", "http://localhost:" + port,
                "FAMILLE_FRANCECONNECT_ISSUER", provider.issuerUrl("franceconnect").toString(),
                "FAMILLE_FRANCECONNECT_CLIENT_ID", "espace-famille-donges",
                "FAMILLE_FRANCECONNECT_CLIENT_SECRET", "secret-de-test"));
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
        provider.shutdown();
    }

    @Test
    void a_parent_links_franceconnect_to_their_space_signs_out_of_both_and_signs_straight_in_next_time() throws Exception {
        JsonNode family = AccountApiTest.family(portal, portal.agent("SCHOOL_AGENT"));
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);

        browser.open("/connexion");
        assertThat(browser.text()).contains("S'identifier avec\nFranceConnect", "Qu'est-ce que FranceConnect ?");
        browser.screenshot("franceconnect-connexion-320", 320);

        signInAtProvider("fc-" + username);
        assertThat(browser.path()).isEqualTo("/auth/franceconnect/liaison");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Bonjour Claire Martin", "n'est encore reliée à aucun espace");
        browser.screenshot("franceconnect-liaison-320", 320);

        browser.type("#login", username).type("#password", "mauvais-mot-de-passe").click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Identifiant ou mot de passe incorrect.");
        browser.type("#password", PASSWORD).click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/espace");
        assertThat(browser.text()).contains("Votre identité FranceConnect est reliée à votre espace");

        signOutOfBoth();

        signInAtProvider("fc-" + username);
        assertThat(browser.path()).isEqualTo("/espace");
        assertThat(browser.text()).contains("Vous êtes connecté avec FranceConnect.");

        browser.open("/espace/franceconnect");
        assertThat(browser.text()).contains("Votre espace est relié à votre identité FranceConnect");
        browser.screenshot("franceconnect-espace-320", 320);
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Votre espace n'est plus relié à FranceConnect");
        signOutOfBoth();

        // unlinked: the identity is unknown again
        signInAtProvider("fc-" + username);
        assertThat(browser.path()).isEqualTo("/auth/franceconnect/liaison");
    }

    @Test
    void a_callback_that_fails_a_check_shows_that_sign_in_failed_and_nothing_of_why() {
        browser.open("/auth/franceconnect/callback?code=volé&state=inventé");

        assertThat(browser.find("h1").getText()).isEqualTo("La connexion avec FranceConnect a échoué");
        assertThat(browser.text()).doesNotContainIgnoringCase("state").doesNotContain("nonce", "jeton", "token");
        browser.open("/espace");
        assertThat(browser.path()).startsWith("/connexion");
    }

    /** Clicks the FranceConnect button and signs in on the provider's login page (not ours: no accessibility check there). */
    private static void signInAtProvider(String subject) {
        browser.open("/connexion");
        browser.find(".franceconnect-button").click();
        assertThat(browser.driver().getCurrentUrl()).startsWith(provider.baseUrl().toString());
        browser.driver().findElement(By.name("username")).sendKeys(subject);
        var claims = browser.driver().findElement(By.name("claims"));
        claims.clear();
        claims.sendKeys("{\"given_name\":\"Claire\",\"family_name\":\"Martin\",\"birthdate\":\"1985-06-01\"}");
        browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(portal.url("")));
    }

    private static void waitForPath(String path) {
        try {
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(portal.url(path)));
        } catch (org.openqa.selenium.TimeoutException late) {
            assertThat(browser.driver().getCurrentUrl()).as(browser.text()).isEqualTo(portal.url(path));
        }
    }

    /** The layout's sign-out button: our session ends, then FranceConnect's, which sends the browser back to us. */
    private static void signOutOfBoth() {
        drainRecordedRequests();
        browser.find("form[action='/deconnexion'] button").click();
        waitForPath("/");
        assertThat(browser.text()).contains("Vous êtes déconnecté de l'Espace Famille et de FranceConnect.");
        List<RecordedRequest> seen = drainRecordedRequests();
        assertThat(seen).anySatisfy(request -> {
            assertThat(request.getRequestUrl().encodedPath()).endsWith("/endsession");
            assertThat(request.getRequestUrl().queryParameter("id_token_hint")).isNotBlank();
            assertThat(request.getRequestUrl().queryParameter("state")).isNotBlank();
            assertThat(request.getRequestUrl().queryParameter("post_logout_redirect_uri")).isEqualTo(portal.url("/auth/franceconnect/logout"));
        });
        browser.open("/espace");
        assertThat(browser.path()).startsWith("/connexion");
    }

    private static List<RecordedRequest> drainRecordedRequests() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(provider.takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException empty) {
                // the provider throws when no request waits: all were taken
                return requests;
            }
        }
    }
}
