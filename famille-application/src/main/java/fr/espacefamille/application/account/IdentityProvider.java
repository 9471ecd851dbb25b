package fr.espacefamille.application.account;

import java.net.URI;
import java.util.Map;

import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * Out-port: the OpenID Connect provider (FranceConnect) that vouches for a person. The adapter
 * runs the authorisation code flow and checks everything the protocol lets it check; the
 * application only sees an identity or the reason it was refused.
 */
public interface IdentityProvider {

    /** Where to send the browser, and the values the callback must bring back or carry. */
    record Authorization(URI location, String state, String nonce) {
    }

    /** What checking a callback gave. */
    sealed interface Verification permits Verified, Rejected {
    }

    /** {@code idToken}: the raw ID token, kept to end the provider's session at sign-out. */
    record Verified(FranceConnectIdentity identity, String idToken) implements Verification {
        @Override
        public String toString() {
            return "Verified[" + identity + "]";
        }
    }

    /** {@code reason}: for the log only, never shown to the person. */
    record Rejected(String reason) implements Verification {
    }

    /** The provider cannot be reached or described itself wrongly; nobody can sign in with it for now. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** @throws Unavailable when the provider's discovery document cannot be read */
    Authorization authorize();

    /**
     * Checks the callback's parameters against the {@code state} and {@code nonce} sent with the
     * authorisation request, exchanges the code and checks the ID token and the user info.
     */
    Verification verify(Map<String, String> callback, String expectedState, String expectedNonce);

    /** The provider's sign-out address that ends its session and sends the browser back to us with {@code state}. */
    URI endSession(String idToken, String state);
}
