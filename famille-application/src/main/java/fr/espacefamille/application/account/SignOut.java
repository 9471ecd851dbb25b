package fr.espacefamille.application.account;

import fr.espacefamille.application.shared.Secrets;

/** Ends the session of a token. */
public final class SignOut {

    private final Sessions sessions;

    public SignOut(Sessions sessions) {
        this.sessions = sessions;
    }

    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            sessions.remove(Secrets.digest(token));
        }
    }
}
