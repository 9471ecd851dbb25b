package fr.espacefamille.adapter.http.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

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
        send(ctx, filename, contentType, content, "private, no-store");
    }

    /**
     * Streams a public file whose URL always names the same bytes (a rules document: a new version
     * is a new document at a new URL): browsers and shared caches may keep it for {@link #PUBLIC_MAX_AGE},
     * then revalidate; a request that already holds it ({@code If-None-Match} with its {@code version},
     * or else {@code If-Modified-Since} not before {@code modified}) gets 304 without the bytes.
     */
    public static void publicInline(Context ctx, String filename, String contentType, String version, Instant modified,
            InputStream content) {
        String etag = "\"" + version + "\"";
        Instant lastModified = modified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        String cacheControl = "public, max-age=" + PUBLIC_MAX_AGE.toSeconds();
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, lastModified)) {
            try {
                content.close();
            } catch (IOException ignored) {
                // nothing was read: there is nothing to lose
            }
            ctx.header("Cache-Control", cacheControl);
            ctx.status(304);
            return;
        }
        send(ctx, filename, contentType, content, cacheControl);
    }

    /** How long a public file may be served from a cache without asking again. */
    public static final Duration PUBLIC_MAX_AGE = Duration.ofHours(1);

    /** RFC 9110 §13.1: If-None-Match decides when present; If-Modified-Since only otherwise. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException unreadable) {
                return false;
            }
        }
        return false;
    }

    private static void send(Context ctx, String filename, String contentType, InputStream content, String cacheControl) {
        ctx.header("Content-Disposition", "inline; filename=\"" + ascii(filename) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        ctx.header("Cache-Control", cacheControl);
        ctx.contentType(contentType);
        ctx.result(content);
    }

    /** « Règlement cantine.pdf » → « Reglement cantine.pdf »: only letters, digits and {@code  ._()-} remain. */
    static String ascii(String filename) {
        return Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9 ._()-]", "_");
    }
}
