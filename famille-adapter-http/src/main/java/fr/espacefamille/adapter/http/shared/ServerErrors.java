package fr.espacefamille.adapter.http.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the HTTP server answers itself, before any route runs (an undecodable {@code %zz}, an
 * address or headers too long, a bad Host): problem+json under {@code /api/v1}, a French page
 * elsewhere and for a message Jetty could not parse into a request at all (no path to tell the
 * API by), with the same security headers as every other answer, instead of Jetty's English page.
 */
final class ServerErrors extends ErrorHandler {

    private static final String CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String path = path(request);
        boolean api = path != null && (Web.API.equals(path) || path.startsWith(Web.API + "/") || path.equals("/paybox/ipn"));
        HttpFields.Mutable headers = response.getHeaders();
        secure(headers);
        String[] body = body(code, api);
        headers.put(HttpHeader.CONTENT_TYPE, body[0]);
        response.write(true, ByteBuffer.wrap(body[1].getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A message Jetty could not even parse as a request (headers too large, say): no path, the French page. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        secure(fields);
        String[] body = body(status, false);
        fields.put(HttpHeader.CONTENT_TYPE, body[0]);
        return ByteBuffer.wrap(body[1].getBytes(StandardCharsets.UTF_8));
    }

    /** The path as sent (still encoded: a {@code %zz} cannot be decoded), or null when the address could not be read. */
    private static String path(Request request) {
        try {
            var uri = request.getHttpURI();
            if (uri == null) {
                return null;
            }
            String raw = uri.asString();
            int start = raw.indexOf("://") < 0 ? 0 : raw.indexOf('/', raw.indexOf("://") + 3);
            return start < 0 ? null : raw.substring(start);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static void secure(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CSP);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** The content type and the body. */
    private static String[] body(int status, boolean api) {
        String title = Problems.title(status);
        String detail = switch (status) {
            case 414 -> "L'adresse demandée est trop longue.";
            case 431 -> "Les en-têtes de la requête sont trop volumineux.";
            case 400 -> "La requête ne peut pas être lue (adresse mal encodée ou en-tête Host invalide).";
            default -> "La requête n'a pas pu être traitée.";
        };
        if (api) {
            String code = status == 400 ? "BAD_REQUEST" : "HTTP_" + status;
            return new String[] {"application/problem+json", "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"code\":\"" + code + "\",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}"};
        }
        return new String[] {"text/html; charset=utf-8", "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " — Espace Famille</title>"
                + "</head><body><main><h1>" + title + "</h1><p>" + detail + "</p><p><a href=\"/\">Retour à l'accueil</a></p></main></body></html>\n"};
    }
}
