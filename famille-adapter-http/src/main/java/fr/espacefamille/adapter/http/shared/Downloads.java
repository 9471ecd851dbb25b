package fr.espacefamille.adapter.http.shared;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import io.javalin.http.Context;

/** Stored files (families' documents, rules documents) sent to the browser. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Streams a stored file to be shown in the browser, under its name (an ASCII fallback without
     * accents for old clients, the exact name in UTF-8 for the others); the sandbox policy keeps a
     * PDF's scripts from running in the portal's origin.
     */
    public static void inline(Context ctx, String filename, String contentType, InputStream content) {
        ctx.header("Content-Disposition", "inline; filename=\"" + ascii(filename) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(contentType);
        ctx.result(content);
    }

    /** « Règlement cantine.pdf » → « Reglement cantine.pdf »: only letters, digits and {@code  ._()-} remain. */
    static String ascii(String filename) {
        return Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9 ._()-]", "_");
    }
}
