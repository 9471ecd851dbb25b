package fr.espacefamille.application.shared;

import fr.espacefamille.domain.shared.RefusedException;

/** What a use case answered, as a short text for assertions: ACCEPTED, or the refusal's code and message. */
public final class RefusalCodes {

    private RefusalCodes() {
    }

    /** "ACCEPTED", or "CODE message" when the action was refused. */
    public static String outcome(Runnable action) {
        try {
            action.run();
            return "ACCEPTED";
        } catch (RefusedException e) {
            return e.refusal().code() + " " + e.refusal().detail();
        }
    }

    /** "ACCEPTED", or the refusal's code alone. */
    public static String code(Runnable action) {
        String outcome = outcome(action);
        int space = outcome.indexOf(' ');
        return space < 0 ? outcome : outcome.substring(0, space);
    }
}
