package fr.espacefamille.adapter.http.publication;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;
import io.javalin.config.RoutesConfig;

/** The public home, how-to and contact pages, and the staff back-office home. */
public final class HomePages implements Feature {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> Pages.render(ctx, "publication/home.jte", Pages.context(ctx, "Bienvenue sur l'Espace Famille")));
        routes.get("/mode-d-emploi", ctx -> Pages.render(ctx, "publication/how-to.jte", Pages.context(ctx, "Mode d'emploi")));
        routes.get("/contact", ctx -> Pages.render(ctx, "publication/contact.jte", Pages.context(ctx, "Contact")));
        routes.get("/agents", ctx -> {
            if (!Pages.actor(ctx).isStaff()) {
                throw Refusals.refuse(Refusal.forbidden());
            }
            Pages.render(ctx, "publication/staff-home.jte", Pages.context(ctx, "Accueil agents"));
        });
    }
}
