package fr.espacefamille.adapter.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import fr.espacefamille.application.account.IdentityProvider;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * FranceConnect through Nimbus. The provider describes itself (discovery document, read once and
 * kept) and publishes its keys (JWKS, cached and refreshed when an unknown key appears). Checked
 * on every return: the callback's {@code state} and {@code iss}, the ID token's signature (RS256 or
 * ES256), issuer, audience, expiry and nonce, and the user info, which may itself come as a signed
 * JWT. Any failed check is refused with a reason logged here.
 */
public final class FranceConnectProvider implements IdentityProvider {

    private static final Logger LOG = LoggerFactory.getLogger(FranceConnectProvider.class);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int TIMEOUT_MILLIS = 5_000;

    /**
     * {@code callback}: our address the provider sends the browser back to;
     * {@code afterLogout}: where it sends the browser once its session has ended.
     */
    public record Settings(URI issuer, String clientId, String clientSecret, URI callback, URI afterLogout) {
        @Override
        public String toString() {
            return "FranceConnect[" + issuer + ", client=" + clientId + "]";
        }
    }

    /** What discovery taught us, read once. */
    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator idTokens, DefaultJWTProcessor<SecurityContext> userInfo) {
    }

    private final Settings settings;
    private volatile Provider provider;

    public FranceConnectProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Authorization authorize() {
        OIDCProviderMetadata metadata = provider().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "given_name", "family_name", "birthdate", "email"), new ClientID(settings.clientId()),
                settings.callback())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .acrValues(List.of(new ACR("eidas1")))
                .prompt(new Prompt(Prompt.Type.LOGIN, Prompt.Type.CONSENT))
                .build();
        return new Authorization(request.toURI(), state.getValue(), nonce.getValue());
    }

    @Override
    public Verification verify(Map<String, String> callback, String expectedState, String expectedNonce) {
        try {
            return check(callback, expectedState, expectedNonce);
        } catch (Refused refused) {
            LOG.warn("Connexion FranceConnect refusée : {}", refused.getMessage());
            return new Rejected(refused.getMessage());
        }
    }

    /** Thrown by the checks; carries the reason for the log. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private Verified check(Map<String, String> callback, String expectedState, String expectedNonce) throws Refused {
        if (callback.get("error") != null) {
            throw new Refused("the provider answered error=" + callback.get("error"));
        }
        if (expectedState == null || expectedNonce == null) {
            throw new Refused("no state or nonce kept by the browser (cookie missing or expired)");
        }
        if (!expectedState.equals(callback.get("state"))) {
            throw new Refused("state of the callback differs from the authorisation request's");
        }
        Provider known;
        try {
            known = provider();
        } catch (Unavailable unavailable) {
            throw new Refused(unavailable.getMessage());
        }
        String issuer = known.metadata().getIssuer().getValue();
        String callbackIssuer = callback.get("iss");
        if (callbackIssuer != null ? !callbackIssuer.equals(issuer) : known.metadata().supportsAuthorizationResponseIssuerParam()) {
            throw new Refused("iss of the callback is " + callbackIssuer + ", expected " + issuer);
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) {
            throw new Refused("no code in the callback");
        }
        OIDCTokenResponse tokens = exchange(known.metadata(), code);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims;
        try {
            claims = known.idTokens().validate(idToken, new Nonce(expectedNonce));
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("ID token refused: " + e.getMessage());
        }
        JWTClaimsSet info = userInfo(known, tokens.getOIDCTokens().getBearerAccessToken(), claims.getSubject().getValue());
        return new Verified(new FranceConnectIdentity(claims.getSubject().getValue(), text(info, "given_name"),
                text(info, "family_name"), date(text(info, "birthdate")), text(info, "email")), idToken.getParsedString());
    }

    private OIDCTokenResponse exchange(OIDCProviderMetadata metadata, String code) throws Refused {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientAuthentication authentication = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
        HTTPRequest request = new TokenRequest(metadata.getTokenEndpointURI(), authentication,
                new AuthorizationCodeGrant(new AuthorizationCode(code), settings.callback())).toHTTPRequest();
        try {
            var response = OIDCTokenResponseParser.parse(send(request));
            if (response instanceof TokenErrorResponse error) {
                throw new Refused("token endpoint refused the code: " + error.getErrorObject().getCode());
            }
            return (OIDCTokenResponse) response.toSuccessResponse();
        } catch (com.nimbusds.oauth2.sdk.ParseException | IOException e) {
            throw new Refused("token endpoint answered unreadably: " + e.getMessage());
        }
    }

    private JWTClaimsSet userInfo(Provider known, BearerAccessToken accessToken, String subject) throws Refused {
        URI endpoint = known.metadata().getUserInfoEndpointURI();
        if (endpoint == null) {
            throw new Refused("the provider has no userinfo endpoint");
        }
        try {
            HTTPResponse response = send(new UserInfoRequest(endpoint, accessToken).toHTTPRequest());
            if (response.getStatusCode() != 200) {
                throw new Refused("userinfo answered " + response.getStatusCode());
            }
            JWTClaimsSet info;
            String type = response.getHeaderValue("Content-Type");
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/jwt")) {
                info = known.userInfo().process(response.getBody().strip(), null);
            } else {
                info = UserInfo.parse(response.getBody()).toJWTClaimsSet();
            }
            if (!subject.equals(info.getSubject())) {
                throw new Refused("userinfo is about another subject than the ID token");
            }
            return info;
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException | ParseException | BadJOSEException | JOSEException e) {
            throw new Refused("userinfo refused: " + e.getMessage());
        }
    }

    @Override
    public URI endSession(String idToken, String state) {
        OIDCProviderMetadata metadata = provider().metadata();
        if (metadata.getEndSessionEndpointURI() == null || idToken == null) {
            return settings.afterLogout();
        }
        try {
            return new LogoutRequest(metadata.getEndSessionEndpointURI(), JWTParser.parse(idToken), settings.afterLogout(),
                    new State(state)).toURI();
        } catch (ParseException e) {
            LOG.warn("Jeton d'identité FranceConnect illisible à la déconnexion : {}", e.getMessage());
            return settings.afterLogout();
        }
    }

    private Provider provider() {
        Provider known = provider;
        if (known == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = discover();
                }
                known = provider;
            }
        }
        return known;
    }

    private Provider discover() {
        try {
            Issuer issuer = new Issuer(settings.issuer());
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            URL jwks = metadata.getJWKSetURI().toURL();
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).build();
            JWSVerificationKeySelector<SecurityContext> selector = new JWSVerificationKeySelector<>(ALGORITHMS, keys);
            IDTokenValidator idTokens = new IDTokenValidator(issuer, new ClientID(settings.clientId()), selector, null);
            DefaultJWTProcessor<SecurityContext> userInfo = new DefaultJWTProcessor<>();
            userInfo.setJWSKeySelector(selector);
            userInfo.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                    new JWTClaimsSet.Builder().issuer(issuer.getValue()).build(), Set.of("sub")));
            return new Provider(metadata, idTokens, userInfo);
        } catch (GeneralException | IOException | RuntimeException e) {
            throw new Unavailable("FranceConnect discovery failed at " + settings.issuer() + ": " + e.getMessage(), e);
        }
    }

    private static HTTPResponse send(HTTPRequest request) throws IOException {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        return request.send();
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
