package fr.espacefamille.adapter.http.family;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.ChildService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /children}: the parent's children with the services they are enrolled in from today on. */
public final class ChildrenApi implements Feature {

    private final ListChildren listChildren;

    public ChildrenApi(ListChildren listChildren) {
        this.listChildren = listChildren;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChildJson(String id, String firstName, String lastName, LocalDate birthDate, String schoolId, Grade grade,
            List<ChildService> services) {
        static ChildJson of(ListChildren.ChildServices c) {
            return new ChildJson(c.child().id().toString(), c.child().firstName(), c.child().lastName(), c.child().birthDate(),
                    c.child().schoolId() == null ? null : c.child().schoolId().toString(), c.child().grade(),
                    c.services().stream().sorted().toList());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/children", this::list);
    }

    private void list(Context ctx) {
        ctx.json(listChildren.list(Web.actor(ctx)).stream().map(ChildJson::of).toList());
    }
}
