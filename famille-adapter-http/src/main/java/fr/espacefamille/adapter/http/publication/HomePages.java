package fr.espacefamille.adapter.http.publication;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;
import io.javalin.config.RoutesConfig;

/** The public home page and the staff back-office home. */
public final class HomePages implements Feature {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> Pages.render(ctx, "publication/home.jte", Pages.context(ctx, "Bienvenue sur l'Espace Famille")));
        routes.get("/agents", ctx -> {
            if (!Pages.actor(ctx).isStaff()) {
                throw Refusals.refuse(Refusal.forbidden());
            }
            Pages.render(ctx, "publication/staff-home.jte", Pages.context(ctx, "Accueil agents"));
        });
    }
}
