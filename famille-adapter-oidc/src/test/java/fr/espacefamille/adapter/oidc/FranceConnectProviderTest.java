package fr.espacefamille.adapter.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fr.espacefamille.application.account.IdentityProvider;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/** FranceConnect against a real OpenID provider (mock-oauth2-server) on the loopback address. */
class FranceConnectProviderTest {

    private static final String ISSUER_ID = "franceconnect";
    private static final String CLIENT = "espace-famille";
    private static final String CLAIMS_JSON = "{\"given_name\":\"Inès\",\"family_name\":\"Martin\",\"birthdate\":\"1988-04-02\","
            + "\"email\":\"ines.martin@example.fr\",\"acr\":\"eidas1\"}";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicReference<OAuth2HttpResponse> cannedUserInfo = new AtomicReference<>();
    private final AtomicReference<OAuth2HttpResponse> cannedToken = new AtomicReference<>();
    private MockOAuth2Server server;
    private FranceConnectProvider provider;

    private void start(OAuth2Config config) throws Exception {
        server = new MockOAuth2Server(config, canned("/userinfo", cannedUserInfo), canned("/token", cannedToken));
        server.start(InetAddress.getLoopbackAddress(), 0);
        // the provider's first answer takes seconds on a busy machine (class loading): not the adapter's timeout to test
        browser.send(HttpRequest.newBuilder(server.wellKnownUrl(ISSUER_ID).uri()).build(), HttpResponse.BodyHandlers.discarding());
        provider = new FranceConnectProvider(new FranceConnectProvider.Settings(server.issuerUrl(ISSUER_ID).uri(), CLIENT, "secret",
                URI.create("http://127.0.0.1:7070/auth/franceconnect/callback"), URI.create("http://127.0.0.1:7070/auth/franceconnect/logout")));
    }

    private RSAKey serverKey;

    private void start() throws Exception {
        serverKey = new RSAKeyGenerator(2048).keyID(ISSUER_ID).generate();
        start(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(new KeyProvider(List.of(serverKey), "RS256"))));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    @Test
    void signs_in_a_person_with_an_RS256_token_and_reads_their_claims() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        assertThat(query(authorization.location())).containsEntry("acr_values", "eidas1").containsEntry("prompt", "login consent")
                .containsEntry("scope", "openid given_name family_name birthdate email").containsEntry("nonce", authorization.nonce())
                .containsEntry("state", authorization.state()).containsEntry("response_type", "code");
        Map<String, String> callback = signInAt(authorization, "sub-ines");

        IdentityProvider.Verification verification = provider.verify(callback, authorization.state(), authorization.nonce());

        assertThat(verification).isInstanceOf(IdentityProvider.Verified.class);
        var identity = ((IdentityProvider.Verified) verification).identity();
        assertThat(identity.subject()).isEqualTo("sub-ines");
        assertThat(identity.fullName()).isEqualTo("Inès Martin");
        assertThat(identity.birthdate()).hasToString("1988-04-02");
        assertThat(identity.email()).isEqualTo("ines.martin@example.fr");
        assertThat(((IdentityProvider.Verified) verification).idToken()).isNotBlank();
    }

    @Test
    void accepts_ES256_tokens() throws Exception {
        var ecKey = new ECKeyGenerator(Curve.P_256).keyID(ISSUER_ID).generate();
        start(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(new KeyProvider(List.of(ecKey), "ES256"))));
        IdentityProvider.Authorization authorization = provider.authorize();

        var verification = provider.verify(signInAt(authorization, "sub-ec"), authorization.state(), authorization.nonce());

        assertThat(verification).isInstanceOf(IdentityProvider.Verified.class);
    }

    @Test
    void refuses_a_callback_from_another_issuer() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        callback.put("iss", "https://usurpateur.example");

        assertRejected(provider.verify(callback, authorization.state(), authorization.nonce()), "iss of the callback");
    }

    @Test
    void refuses_another_state() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");

        assertRejected(provider.verify(callback, "un-autre-etat", authorization.nonce()), "state");
        assertRejected(provider.verify(callback, null, null), "no state");
    }

    @Test
    void refuses_an_ID_token_from_another_issuer() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        cannedToken.set(tokenResponse(serverSigned(claims(authorization.nonce()).issuer("https://usurpateur.example").build())));

        assertRejected(provider.verify(callback, authorization.state(), authorization.nonce()), "issuer");
    }

    @Test
    void refuses_another_nonce() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");

        assertRejected(provider.verify(callback, authorization.state(), "un-autre-nonce"), "nonce");
    }

    @Test
    void refuses_an_expired_ID_token() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        cannedToken.set(tokenResponse(serverSigned(claims(authorization.nonce())
                .issueTime(Date.from(anHourAgo.minusSeconds(60))).expirationTime(Date.from(anHourAgo)).build())));

        assertRejected(provider.verify(callback, authorization.state(), authorization.nonce()), "Expired");
    }

    @Test
    void refuses_an_ID_token_signed_by_another_key() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        String kid = serverKey.getKeyID();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                claims(authorization.nonce()).build());
        forged.sign(new RSASSASigner(impostor));
        cannedToken.set(tokenResponse(forged.serialize()));

        assertRejected(provider.verify(callback, authorization.state(), authorization.nonce()), "signature");
    }

    @Test
    void refuses_a_replayed_code() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        assertThat(provider.verify(callback, authorization.state(), authorization.nonce())).isInstanceOf(IdentityProvider.Verified.class);

        assertRejected(provider.verify(callback, authorization.state(), authorization.nonce()), "token endpoint");
    }

    @Test
    void reads_user_info_sent_as_a_signed_JWT_and_refuses_one_signed_by_another_key() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        Map<String, String> callback = signInAt(authorization, "sub-ines");
        JWTClaimsSet info = new JWTClaimsSet.Builder().issuer(server.issuerUrl(ISSUER_ID).toString()).audience(CLIENT)
                .subject("sub-ines").claim("given_name", "Inès").claim("family_name", "Signée").build();
        cannedUserInfo.set(new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, serverSigned(info), null));

        var verification = provider.verify(callback, authorization.state(), authorization.nonce());

        assertThat(verification).isInstanceOf(IdentityProvider.Verified.class);
        assertThat(((IdentityProvider.Verified) verification).identity().familyName()).isEqualTo("Signée");

        IdentityProvider.Authorization second = provider.authorize();
        Map<String, String> again = signInAt(second, "sub-ines");
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), info);
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        cannedUserInfo.set(new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, forged.serialize(), null));
        assertRejected(provider.verify(again, second.state(), second.nonce()), "userinfo");
    }

    @Test
    void ends_the_provider_session_with_the_ID_token_the_state_and_our_return_address() throws Exception {
        start();
        IdentityProvider.Authorization authorization = provider.authorize();
        var verified = (IdentityProvider.Verified) provider.verify(signInAt(authorization, "sub-ines"), authorization.state(),
                authorization.nonce());

        URI logout = provider.endSession(verified.idToken(), "etat-de-sortie");

        assertThat(logout.toString()).startsWith(server.endSessionEndpointUrl(ISSUER_ID).toString());
        Map<String, String> query = query(logout);
        assertThat(query).containsEntry("id_token_hint", verified.idToken()).containsEntry("state", "etat-de-sortie")
                .containsEntry("post_logout_redirect_uri", "http://127.0.0.1:7070/auth/franceconnect/logout");
    }

    /** The person signs in on the provider's login page (prompt=login), which sends their browser back with a code. */
    private Map<String, String> signInAt(IdentityProvider.Authorization authorization, String subject) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorization.location()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("name=\"username\"");
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(CLAIMS_JSON, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(authorization.location())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/auth/franceconnect/callback");
        return query(back);
    }

    private JWTClaimsSet.Builder claims(String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(server.issuerUrl(ISSUER_ID).toString()).audience(CLIENT).subject("sub-ines")
                .claim("nonce", nonce).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    /** Signed with the provider's own key, as published in its JWKS. */
    private String serverSigned(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(serverKey.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(serverKey));
        return jwt.serialize();
    }

    private static OAuth2HttpResponse tokenResponse(String idToken) {
        String body = "{\"access_token\":\"jeton-d-acces\",\"token_type\":\"Bearer\",\"expires_in\":60,\"id_token\":\"" + idToken + "\"}";
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
    }

    /** A route answering {@code canned} once, in place of the provider's own, when the test set one. */
    private static Route canned(String pathSuffix, AtomicReference<OAuth2HttpResponse> canned) {
        return new Route() {
            @Override
            public boolean match(OAuth2HttpRequest request) {
                return request.getUrl().encodedPath().endsWith(pathSuffix) && canned.get() != null;
            }

            @Override
            public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
                return canned.getAndSet(null);
            }
        };
    }

    private static void assertRejected(IdentityProvider.Verification verification, String reason) {
        assertThat(verification).isInstanceOf(IdentityProvider.Rejected.class);
        assertThat(((IdentityProvider.Rejected) verification).reason()).containsIgnoringCase(reason);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
