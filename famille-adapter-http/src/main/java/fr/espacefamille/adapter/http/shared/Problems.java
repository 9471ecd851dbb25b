package fr.espacefamille.adapter.http.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.espacefamille.domain.shared.Refusal;
import io.javalin.http.Context;

/** Refusals as {@code application/problem+json} (API.md "Errors"). */
public final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA -> 415;
            case BUSINESS_RULE -> 422;
            case LOCKED, TOO_MANY_REQUESTS -> 429;
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Introuvable";
            case 405 -> "Méthode non autorisée";
            case 409 -> "Conflit";
            case 413 -> "Contenu trop volumineux";
            case 414 -> "Adresse trop longue";
            case 415 -> "Type de contenu non pris en charge";
            case 422 -> "Demande refusée";
            case 429 -> "Trop de requêtes";
            case 431 -> "En-têtes trop volumineux";
            default -> "Erreur interne";
        };
    }

    public static void write(Context ctx, Refusal refusal) {
        write(ctx, status(refusal.kind()), refusal.code(), refusal.detail());
    }

    public static void write(Context ctx, int status, String code, String detail) {
        ctx.status(status).json(body(status, code, detail)).contentType(CONTENT_TYPE);
    }

    /** The problem's fields, in the order API.md shows them. */
    static Map<String, Object> body(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        return body;
    }
}
