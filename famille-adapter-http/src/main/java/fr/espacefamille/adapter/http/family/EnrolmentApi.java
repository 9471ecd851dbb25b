package fr.espacefamille.adapter.http.family;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /admin/children/{id}/enrolments}: reads the body's {@code service} and hands the
 * request to that service's {@link EnrolmentHandler}. Each feature plugs its own branch; a service
 * without one answers 400 naming {@code service}.
 */
public final class EnrolmentApi implements Feature {

    private final Map<ChildService, EnrolmentHandler> handlers;

    public EnrolmentApi(Map<ChildService, EnrolmentHandler> handlers) {
        this.handlers = handlers.isEmpty() ? Map.of() : new EnumMap<>(handlers);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/children/{id}/enrolments", this::enrol, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
    }

    private void enrol(Context ctx) throws IOException {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        JsonNode body = Web.body(ctx, JsonNode.class);
        String service = body.path("service").asText("");
        EnrolmentHandler handler = handlers.get(Web.enumValue(ChildService.class, service, "service"));
        if (handler == null) {
            throw Refusals.invalid("service", "les inscriptions à ce service ne sont pas encore ouvertes");
        }
        ctx.status(201).json(handler.enrol(ctx, actor, child));
    }
}
