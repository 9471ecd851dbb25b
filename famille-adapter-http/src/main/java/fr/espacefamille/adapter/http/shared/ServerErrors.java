package fr.espacefamille.adapter.http.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors the HTTP server answers itself, before any route runs (an undecodable {@code %zz}, an
 * address or headers too long, a bad Host): problem+json under {@code /api/v1} (and the other
 * addresses answered to programs), a French page
 * elsewhere, with the same security headers as every other answer, instead of Jetty's English page.
 */
final class ServerErrors extends ErrorHandler {

    private static final String CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final ObjectMapper JSON = HttpApp.objectMapper();

    /** Whether the portal is served over https, and so sends HSTS like every other answer. */
    private final boolean https;

    ServerErrors(boolean https) {
        this.https = https;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        byte[] body = answer(code, isMachineRoute(request), headers);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A message Jetty could not even parse as a request (no request to tell the API by): the French page. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(answer(status, false, fields));
    }

    /**
     * True for the addresses answered to programs (the API, say). Jetty replaces an address it refused
     * ({@code %zz}, too long) with a placeholder of its own: the request line's first bytes, as they
     * arrived, still tell.
     */
    static boolean isMachineRoute(Request request) {
        return RequestTargets.target(request).or(() -> path(request)).map(ServerErrors::isMachineTarget).orElse(false);
    }

    /** A request target that may be absolute ({@code http://host/path}) and carry a query. */
    static boolean isMachineTarget(String target) {
        return Web.isMachinePath(target.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*", ""));
    }

    /** The path as Jetty read it, when it could. */
    private static Optional<String> path(Request request) {
        try {
            return Optional.ofNullable(request.getHttpURI()).map(uri -> uri.getPath());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Sets the security headers and the content type, and answers the body. */
    private byte[] answer(int status, boolean machine, HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CSP);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        String title = Problems.title(status);
        String detail = switch (status) {
            case 414 -> "L'adresse demandée est trop longue.";
            case 431 -> "Les en-têtes de la requête sont trop volumineux.";
            case 400 -> "La requête ne peut pas être lue (adresse mal encodée ou en-tête Host invalide).";
            default -> "La requête n'a pas pu être traitée.";
        };
        if (machine) {
            headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
            try {
                return JSON.writeValueAsBytes(Problems.body(status, status == 400 ? "BAD_REQUEST" : "HTTP_" + status, detail));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " — Espace Famille</title>"
                + "</head><body><main><h1>" + title + "</h1><p>" + detail + "</p><p><a href=\"/\">Retour à l'accueil</a></p></main></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
