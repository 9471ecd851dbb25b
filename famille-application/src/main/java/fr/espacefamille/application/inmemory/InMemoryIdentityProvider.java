package fr.espacefamille.application.inmemory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.espacefamille.application.account.IdentityProvider;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * In-memory {@link IdentityProvider}: a provider whose people are registered by the test; a
 * callback carries {@code code} = a code handed out by {@link #codeFor}, once, with the state and
 * nonce of its authorisation.
 */
public final class InMemoryIdentityProvider implements IdentityProvider {

    private record Grant(FranceConnectIdentity identity, String nonce) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    @Override
    public Authorization authorize() {
        String state = Secrets.newToken();
        return new Authorization(URI.create("https://fournisseur.invalid/authorize?state=" + state), state, Secrets.newToken());
    }

    /** A code the provider would hand back after {@code identity} signed in for the authorisation with {@code nonce}. */
    public String codeFor(FranceConnectIdentity identity, String nonce) {
        String code = Secrets.newToken();
        codes.put(code, new Grant(identity, nonce));
        return code;
    }

    @Override
    public Verification verify(Map<String, String> callback, String expectedState, String expectedNonce) {
        if (expectedState == null || !expectedState.equals(callback.get("state"))) {
            return new Rejected("state differs from the authorisation request's");
        }
        Grant grant = callback.get("code") == null ? null : codes.remove(callback.get("code"));
        if (grant == null) {
            return new Rejected("unknown or already used code");
        }
        if (!grant.nonce().equals(expectedNonce)) {
            return new Rejected("nonce differs from the authorisation request's");
        }
        return new Verified(grant.identity(), "id-token-" + grant.identity().subject());
    }

    @Override
    public URI endSession(String idToken, String state) {
        return URI.create("https://fournisseur.invalid/logout?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }
}
