package fr.espacefamille.adapter.http.family;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.adapter.http.family.FamilyJson.CreateFamilyBody;
import fr.espacefamille.adapter.http.family.FamilyJson.CreatedFamilyJson;
import fr.espacefamille.adapter.http.family.FamilyJson.FamilyJsonView;
import fr.espacefamille.adapter.http.family.FamilyJson.FamilySummaryJson;
import fr.espacefamille.adapter.http.family.FamilyJson.QuotientBody;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.AddChild;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.family.EditFamily;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.UpdateQuotient;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's staff rows for families and schools. */
public final class FamilyApi implements Feature {

    private final CreateFamily createFamily;
    private final FindFamily findFamily;
    private final UpdateQuotient updateQuotient;
    private final CreateSchool createSchool;
    private final EditFamily editFamily;
    private final AddChild addChild;
    private final Clock clock;

    public FamilyApi(CreateFamily createFamily, FindFamily findFamily, UpdateQuotient updateQuotient,
            CreateSchool createSchool, EditFamily editFamily, AddChild addChild, Clock clock) {
        this.createFamily = createFamily;
        this.findFamily = findFamily;
        this.updateQuotient = updateQuotient;
        this.createSchool = createSchool;
        this.editFamily = editFamily;
        this.addChild = addChild;
        this.clock = clock;
    }

    record SchoolBody(String name, String address) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/families", this::create, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.get(API + "/admin/families", this::search, Access.anyStaff());
        routes.get(API + "/admin/families/{id}", this::read, Access.anyStaff());
        routes.put(API + "/admin/families/{id}", this::edit, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.put(API + "/admin/families/{id}/quotient", this::quotient, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.post(API + "/admin/families/{id}/children", this::addChild, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.post(API + "/admin/schools", this::createSchool, Access.staff(Role.SCHOOL_AGENT));
    }

    private void create(Context ctx) {
        Actor actor = Web.actor(ctx);
        CreateFamily.Command command = Web.body(ctx, CreateFamilyBody.class).toCommand();
        ctx.status(201).json(CreatedFamilyJson.of(createFamily.create(actor, command)));
    }

    private void search(Context ctx) {
        Actor actor = Web.actor(ctx);
        ctx.json(findFamily.search(actor, ctx.queryParam("q")).stream().map(FamilySummaryJson::of).toList());
    }

    private void read(Context ctx) {
        Actor actor = Web.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        ctx.json(FamilyJsonView.of(findFamily.details(actor, id), LocalDate.now(clock)));
    }

    private void quotient(Context ctx) {
        Actor actor = Web.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        QuotientBody body = Web.body(ctx, QuotientBody.class);
        Web.required(body.quotient(), "quotient");
        Web.required(body.validFrom(), "validFrom");
        if (body.quotient() < 0 || body.quotient() > 100_000) {
            throw fr.espacefamille.application.shared.Refusals.invalid("quotient", "doit être compris entre 0 et 100000");
        }
        updateQuotient.update(actor, id, body.quotient(), body.validFrom());
        ctx.json(FamilyJsonView.of(findFamily.details(actor, id), LocalDate.now(clock)));
    }

    private void edit(Context ctx) {
        Actor actor = Web.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        EditFamily.Command command = Web.body(ctx, FamilyJson.EditFamilyBody.class).toCommand();
        editFamily.edit(actor, id, command);
        ctx.json(FamilyJsonView.of(findFamily.details(actor, id), LocalDate.now(clock)));
    }

    private void addChild(Context ctx) {
        Actor actor = Web.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        FamilyJson.ChildBody body = Web.body(ctx, FamilyJson.ChildBody.class);
        ctx.status(201).json(new FamilyJson.IdJson(addChild.add(actor, id, body.toNewChild("")).toString()));
    }

    private void createSchool(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolBody body = Web.body(ctx, SchoolBody.class);
        Web.required(body.name(), "name");
        ctx.status(201).json(new FamilyJson.IdJson(createSchool.create(actor, new CreateSchool.Command(body.name(), body.address())).toString()));
    }
}
