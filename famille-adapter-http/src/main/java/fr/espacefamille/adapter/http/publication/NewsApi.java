package fr.espacefamille.adapter.http.publication;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.EditNews;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * News in the JSON API: {@code GET /public/news}; for administrators {@code POST /admin/news}, the
 * list with future items, corrections ({@code PUT}), withdrawal ({@code DELETE}) and the image
 * ({@code PUT /admin/news/{id}/image}, the JPEG or PNG bytes as the body).
 */
public final class NewsApi implements Feature {

    private final NewsUseCases news;

    public NewsApi(NewsUseCases news) {
        this.news = news;
    }

    record NewsBody(String title, String body, LocalDate publishedOn) {
        void check() {
            Web.required(title, "title");
            Web.required(body, "body");
            Web.required(publishedOn, "publishedOn");
        }
    }

    /** An item; {@code imageUrl} is the public address of its image, when it has one. */
    record NewsJson(String id, String title, String body, LocalDate publishedOn, String imageUrl) {
        static NewsJson of(News n) {
            return new NewsJson(n.id().toString(), n.title(), n.body(), n.publishedOn(),
                    n.picture().map(image -> NewsPages.imageUrl(n)).orElse(null));
        }
    }

    record IdJson(String id) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/public/news", ctx -> ctx.json(news.read().latest(100).stream().map(NewsJson::of).toList()));
        routes.post(API + "/admin/news", this::publish, Access.staff(Role.ADMIN));
        routes.get(API + "/admin/news", ctx -> ctx.json(news.read().all(Web.actor(ctx)).stream().map(NewsJson::of).toList()), Access.staff(Role.ADMIN));
        routes.put(API + "/admin/news/{id}", this::edit, Access.staff(Role.ADMIN));
        routes.delete(API + "/admin/news/{id}", ctx -> ctx.json(new IdJson(news.withdraw().withdraw(Web.actor(ctx), id(ctx)).id().toString())), Access.staff(Role.ADMIN));
        routes.put(API + "/admin/news/{id}/image", this::image, Access.staff(Role.ADMIN));
    }

    private static NewsId id(Context ctx) {
        return Web.pathId(ctx, "id", NewsId::parse);
    }

    private void publish(Context ctx) {
        Actor actor = Web.actor(ctx);
        NewsBody body = Web.body(ctx, NewsBody.class);
        body.check();
        NewsId id = news.publish().publish(actor, new PublishNews.Command(body.title(), body.body(), body.publishedOn()));
        ctx.status(201).json(new IdJson(id.toString()));
    }

    private void edit(Context ctx) {
        Actor actor = Web.actor(ctx);
        NewsId id = id(ctx);
        NewsBody body = Web.body(ctx, NewsBody.class);
        body.check();
        ctx.json(NewsJson.of(news.edit().edit(actor, id, new EditNews.Command(body.title(), body.body(), body.publishedOn(), null, false))));
    }

    private void image(Context ctx) {
        Actor actor = Web.actor(ctx);
        News current = news.read().forEditing(actor, id(ctx));
        ctx.json(NewsJson.of(news.edit().edit(actor, current.id(), new EditNews.Command(current.title(), current.body(),
                current.publishedOn(), ctx.bodyInputStream(), false))));
    }
}
