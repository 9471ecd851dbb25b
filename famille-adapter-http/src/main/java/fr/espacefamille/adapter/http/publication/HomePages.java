package fr.espacefamille.adapter.http.publication;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import io.javalin.config.RoutesConfig;

/** The public home, how-to and contact pages. */
public final class HomePages implements Feature {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> Pages.render(ctx, "publication/home.jte", Pages.context(ctx, "Bienvenue sur l'Espace Famille")));
        routes.get("/mode-d-emploi", ctx -> Pages.render(ctx, "publication/how-to.jte", Pages.context(ctx, "Mode d'emploi")));
        routes.get("/contact", ctx -> Pages.render(ctx, "publication/contact.jte", Pages.context(ctx, "Contact")));
    }
}
