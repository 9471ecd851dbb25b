package fr.espacefamille.adapter.paybox;

/** A notification that does not carry the variables our PBX_RETOUR asks for. */
public final class MalformedNotificationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedNotificationException(String message) {
        super(message);
    }
}
