package fr.espacefamille.adapter.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.espacefamille.adapter.http.shared.Feature;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The API's OpenAPI 3.1 document (written by hand from the contract, kept in step with the routes
 * by a test) and the developers' page that shows it with Swagger UI.
 */
public final class ApiDocs implements Feature {

    /** Swagger UI sets style attributes from its script: only this page allows inline styles. */
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private final byte[] document = resource("/api/openapi.json");
    private final byte[] page = resource("/api/docs.html");

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(document));
        routes.get("/api/v1/docs", this::docs);
    }

    private void docs(Context ctx) {
        ctx.header("Content-Security-Policy", DOCS_CSP);
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
