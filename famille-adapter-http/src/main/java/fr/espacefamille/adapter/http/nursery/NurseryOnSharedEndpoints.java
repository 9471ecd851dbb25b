package fr.espacefamille.adapter.http.nursery;

import static fr.espacefamille.adapter.http.shared.Web.API;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Registers the two endpoints the nursery shares with the canteen, {@code POST
 * /admin/children/{id}/enrolments} and {@code POST /children/{id}/absences}, with their nursery
 * branches only; any other service answers 400 naming {@code service}. Kept alone so that, once
 * the canteen's dispatching endpoints exist, the handlers plug into them and this class goes.
 */
public final class NurseryOnSharedEndpoints implements Feature {

    private final NurseryEnrolmentHandlers enrolments;
    private final NurseryAbsenceHandler absences;

    public NurseryOnSharedEndpoints(NurseryEnrolmentHandlers enrolments, NurseryAbsenceHandler absences) {
        this.enrolments = enrolments;
        this.absences = absences;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/children/{id}/enrolments", this::enrol);
        routes.post(API + "/children/{id}/absences", this::absence);
    }

    private void enrol(Context ctx) throws java.io.IOException {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        JsonNode body = Web.body(ctx, JsonNode.class);
        String service = Web.required(body.path("service").asText(null), "service");
        Object created = switch (service) {
            case "NURSERY_REGULAR" -> enrolments.regular(actor, child, body);
            case "NURSERY_OCCASIONAL" -> enrolments.occasional(actor, child, body);
            default -> throw Refusals.invalid("service", "service inconnu « " + service + " »");
        };
        ctx.status(201).json(created);
    }

    private void absence(Context ctx) throws java.io.IOException {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        JsonNode body = Web.body(ctx, JsonNode.class);
        String service = Web.required(body.path("service").asText(null), "service");
        if (!service.equals("NURSERY")) {
            throw Refusals.invalid("service", "service inconnu « " + service + " »");
        }
        ctx.status(201).json(absences.report(actor, child, body));
    }
}
