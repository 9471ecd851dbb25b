package fr.espacefamille.adapter.http.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.publication.ReadNews;
import io.javalin.config.RoutesConfig;

/**
 * The public home (the two entry cards, the latest news and today's menu), the how-to and contact
 * pages, and the public-service pages every footer links to: legal notice, personal data,
 * accessibility statement and site map.
 */
public final class HomePages implements Feature {

    private static final int NEWS_ON_HOME = 3;

    private final ReadNews news;
    private final ReadMenus menus;
    private final Clock clock;

    public HomePages(ReadNews news, ReadMenus menus, Clock clock) {
        this.news = news;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> {
            LocalDate today = LocalDate.now(clock);
            Pages.render(ctx, "publication/home.jte", Pages.context(ctx, "Bienvenue sur l'Espace Famille"), Map.of(
                    "news", news.latest(NEWS_ON_HOME), "today", today,
                    "menu", Optional.ofNullable(menus.between(today, today).stream().findFirst().orElse(null))));
        });
        routes.get("/mode-d-emploi", ctx -> Pages.render(ctx, "publication/how-to.jte", Pages.context(ctx, "Mode d'emploi")));
        routes.get("/contact", ctx -> Pages.render(ctx, "publication/contact.jte", Pages.context(ctx, "Contact")));
        routes.get("/mentions-legales", ctx -> Pages.render(ctx, "publication/legal.jte", Pages.context(ctx, "Mentions légales")));
        routes.get("/donnees-personnelles", ctx -> Pages.render(ctx, "publication/personal-data.jte",
                Pages.context(ctx, "Données personnelles")));
        routes.get("/accessibilite", ctx -> Pages.render(ctx, "publication/accessibility.jte",
                Pages.context(ctx, "Déclaration d'accessibilité")));
        routes.get("/plan-du-site", ctx -> Pages.render(ctx, "publication/sitemap.jte", Pages.context(ctx, "Plan du site")));
    }
}
