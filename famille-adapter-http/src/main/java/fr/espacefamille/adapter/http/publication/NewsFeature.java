package fr.espacefamille.adapter.http.publication;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** News: {@code POST /admin/news}, {@code GET /public/news}, the public pages and the staff form. */
public final class NewsFeature implements Feature {

    private final PublishNews publishNews;
    private final ReadNews readNews;
    private final Clock clock;

    public NewsFeature(PublishNews publishNews, ReadNews readNews, Clock clock) {
        this.publishNews = publishNews;
        this.readNews = readNews;
        this.clock = clock;
    }

    record NewsBody(String title, String body, LocalDate publishedOn) {
    }

    record NewsJson(String id, String title, String body, LocalDate publishedOn) {
        static NewsJson of(News n) {
            return new NewsJson(n.id().toString(), n.title(), n.body(), n.publishedOn());
        }
    }

    record IdJson(String id) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/news", this::publish);
        routes.get(API + "/public/news", ctx -> ctx.json(readNews.latest(100).stream().map(NewsJson::of).toList()));
        routes.get("/actualites", ctx -> Pages.render(ctx, "publication/news-list.jte", Pages.context(ctx, "Actualités"),
                Map.of("news", readNews.latest(50))));
        routes.get("/actualites/{id}", this::item);
        routes.get("/agents/actualites", ctx -> form(ctx, Pages.context(ctx, "Publier une actualité"), Map.of()));
        routes.post("/agents/actualites", this::publishFromForm);
    }

    private void publish(Context ctx) {
        Actor actor = Web.actor(ctx);
        actor.require(Role.ADMIN);
        NewsBody body = Web.body(ctx, NewsBody.class);
        Web.required(body.title(), "title");
        Web.required(body.body(), "body");
        Web.required(body.publishedOn(), "publishedOn");
        NewsId id = publishNews.publish(actor, new PublishNews.Command(body.title(), body.body(), body.publishedOn()));
        ctx.status(201).json(new IdJson(id.toString()));
    }

    private void item(Context ctx) {
        News news = NewsId.parse(ctx.pathParam("id")).flatMap(readNews::item).orElseThrow(Refusals::notFound);
        Pages.render(ctx, "publication/news-item.jte", Pages.context(ctx, news.title()), Map.of("news", news));
    }

    private void form(Context ctx, PageContext page, Map<String, String> values) {
        Pages.actor(ctx).require(Role.ADMIN);
        Pages.render(ctx, "publication/news-form.jte", page, Map.of("values", values, "today", LocalDate.now(clock).toString()));
    }

    private void publishFromForm(Context ctx) {
        Actor actor = Pages.actor(ctx);
        actor.require(Role.ADMIN);
        String title = ctx.formParam("title");
        String body = ctx.formParam("body");
        String date = ctx.formParam("publishedOn");
        try {
            publishNews.publish(actor, new PublishNews.Command(title, body, LocalDate.parse(date == null ? "" : date)));
            Pages.redirect(ctx, "/actualites", "Actualité publiée.");
        } catch (IllegalArgumentException | DateTimeParseException e) {
            ctx.status(400);
            String field = title == null || title.isBlank() ? "title" : body == null || body.isBlank() ? "body" : "publishedOn";
            form(ctx, Pages.context(ctx, "Publier une actualité").withErrors(List.of(new FieldError(field,
                    "Indiquez un titre, un texte et une date de publication valides."))),
                    Map.of("title", title == null ? "" : title, "body", body == null ? "" : body, "publishedOn", date == null ? "" : date));
        }
    }
}
