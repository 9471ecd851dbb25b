package fr.espacefamille.adapter.http.publication;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code PUT /admin/menus/{date}} for staff and {@code GET /public/menus?from=&to=} for everyone. */
public final class MenuApi implements Feature {

    private final PublishMenu publish;
    private final ReadMenus read;

    public MenuApi(PublishMenu publish, ReadMenus read) {
        this.publish = publish;
        this.read = read;
    }

    record MenuBody(String starter, String main, String dairy, String dessert, List<MenuLabel> labels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MenuJson(LocalDate date, String starter, String main, String dairy, String dessert, List<MenuLabel> labels) {
        static MenuJson of(Menu m) {
            return new MenuJson(m.date(), m.starter(), m.main(), m.dairy(), m.dessert(), m.labels().stream().sorted().toList());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(API + "/admin/menus/{date}", this::publish);
        routes.get(API + "/public/menus", this::read);
    }

    private void publish(Context ctx) {
        Actor actor = Web.actor(ctx);
        actor.require(Role.SCHOOL_AGENT);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        MenuBody body = Web.body(ctx, MenuBody.class);
        Web.required(body.main(), "main");
        if (body.labels() != null && body.labels().contains(null)) {
            throw Refusals.invalid("labels", "libellé manquant");
        }
        Menu menu = new Menu(date, body.starter(), body.main(), body.dairy(), body.dessert(),
                body.labels() == null || body.labels().isEmpty() ? EnumSet.noneOf(MenuLabel.class) : EnumSet.copyOf(body.labels()));
        ctx.json(MenuJson.of(publish.publish(actor, menu)));
    }

    private void read(Context ctx) {
        ctx.json(read.between(Web.queryDate(ctx, "from"), Web.queryDate(ctx, "to")).stream().map(MenuJson::of).toList());
    }
}
