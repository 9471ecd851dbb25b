package fr.espacefamille.adapter.http.family;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /children/{id}/absences}: reads the body's {@code service} ({@code CANTEEN} or
 * {@code NURSERY}) and hands the request to that service's {@link AbsenceHandler}; a service
 * without one answers 400 naming {@code service}.
 */
public final class AbsenceApi implements Feature {

    public static final Set<String> SERVICES = Set.of("CANTEEN", "NURSERY");

    private final Map<String, AbsenceHandler> handlers;

    public AbsenceApi(Map<String, AbsenceHandler> handlers) {
        if (!SERVICES.containsAll(handlers.keySet())) {
            throw new IllegalArgumentException("Absence services are " + SERVICES);
        }
        this.handlers = Map.copyOf(handlers);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/children/{id}/absences", this::report);
    }

    private void report(Context ctx) throws IOException {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        String service = Web.required(Web.body(ctx, JsonNode.class).path("service").asText(""), "service");
        if (!SERVICES.contains(service)) {
            throw Refusals.invalid("service", "valeur inconnue « " + service + " » (CANTEEN ou NURSERY)");
        }
        AbsenceHandler handler = handlers.get(service);
        if (handler == null) {
            throw Refusals.invalid("service", "le signalement d'absence n'est pas encore ouvert pour ce service");
        }
        ctx.status(201).json(handler.report(ctx, actor, child));
    }
}
