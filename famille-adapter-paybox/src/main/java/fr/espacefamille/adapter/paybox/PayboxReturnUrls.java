package fr.espacefamille.adapter.paybox;

import java.net.URI;
import java.util.Objects;

/**
 * Where Paybox sends the browser back (PBX_EFFECTUE, PBX_REFUSE, PBX_ANNULE) and where it sends
 * the server-to-server notification (PBX_REPONDRE_A).
 */
public record PayboxReturnUrls(URI accepted, URI refused, URI cancelled, URI notification) {

    public PayboxReturnUrls {
        requireHttp(accepted, "accepted");
        requireHttp(refused, "refused");
        requireHttp(cancelled, "cancelled");
        requireHttp(notification, "notification");
        // Paybox appends its variables to this URL; a query of our own would shift the signed data.
        if (notification.getRawQuery() != null || notification.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "Notification URL must have no query or fragment: " + notification);
        }
    }

    private static void requireHttp(URI uri, String name) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "The " + name + " URL must be an absolute http(s) URL, got '" + uri + "'");
        }
    }
}
