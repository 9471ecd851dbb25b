package fr.espacefamille.adapter.http.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A redirect target taken from a request (« retour » after sign-in, the simulator's return URLs)
 * that a browser can only resolve to this portal: a path starting with a single {@code /}.
 * Browsers drop tabs and newlines from URLs and read {@code \} as {@code /}, so {@code /\t/evil.test}
 * and {@code /\evil.test} would leave for another site: any control character, space or backslash
 * refuses the target, and so does anything {@link URI} reads as having a scheme or a host.
 */
public final class LocalTarget {

    private static final int MAX_LENGTH = 2000;

    private LocalTarget() {
    }

    public static Optional<String> of(String target) {
        if (target == null || target.length() > MAX_LENGTH || !target.startsWith("/") || target.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(target) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path and query of an absolute URL, when they make a local target. */
    public static Optional<String> ofUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getRawPath() == null ? Optional.empty()
                    : of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
