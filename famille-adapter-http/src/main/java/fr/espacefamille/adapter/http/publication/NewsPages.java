package fr.espacefamille.adapter.http.publication;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Downloads;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.EditNews;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/**
 * News pages: the public list and items (with their image), and for administrators the list of
 * every item (future ones too) with « Modifier » and « Retirer », the publication form and the
 * edit form, each taking an optional JPEG or PNG image.
 */
public final class NewsPages implements Feature {

    private static final String STAFF = "/agents/actualites";

    private final NewsUseCases news;

    public NewsPages(NewsUseCases news) {
        this.news = news;
    }

    /** Where an item's image is read, by anyone once the item is published. */
    static String imageUrl(News item) {
        return "/actualites/" + item.id() + "/image";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/actualites", ctx -> Pages.render(ctx, "publication/news-list.jte", Pages.context(ctx, "Actualités"),
                Map.of("news", news.read().latest(50))));
        routes.get("/actualites/{id}", ctx -> {
            News item = news.read().item(id(ctx)).orElseThrow(Refusals::notFound);
            Pages.render(ctx, "publication/news-item.jte", Pages.context(ctx, item.title()), Map.of("news", item));
        });
        routes.get("/actualites/{id}/image", ctx -> {
            ReadNews.Image image = news.read().image(id(ctx)).orElseThrow(Refusals::notFound);
            Downloads.inline(ctx, "image" + (image.image().contentType().equals("image/png") ? ".png" : ".jpg"),
                    image.image().contentType(), image.content());
        });
        routes.get(STAFF, ctx -> form(ctx, Pages.context(ctx, "Actualités"), null, Map.of()), Access.staff(Role.ADMIN));
        routes.post(STAFF, this::publish, Access.staff(Role.ADMIN));
        routes.get(STAFF + "/{id}", ctx -> form(ctx, Pages.context(ctx, "Modifier une actualité"), id(ctx), Map.of()), Access.staff(Role.ADMIN));
        routes.post(STAFF + "/{id}", this::edit, Access.staff(Role.ADMIN));
        routes.post(STAFF + "/{id}/retirer", ctx -> {
            News withdrawn = news.withdraw().withdraw(Pages.actor(ctx), id(ctx));
            Pages.redirect(ctx, STAFF, "Actualité «\u00a0" + withdrawn.title() + "\u00a0» retirée.");
        }, Access.staff(Role.ADMIN));
    }

    private static NewsId id(Context ctx) {
        return Web.pathId(ctx, "id", NewsId::parse);
    }

    /** The list of every item with the publication form, or the edit form of {@code editing}. */
    private void form(Context ctx, PageContext page, NewsId editing, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        Map<String, String> shown = new HashMap<>();
        News item = editing == null ? null : news.read().forEditing(actor, editing);
        if (item != null) {
            shown.put("title", item.title());
            shown.put("body", item.body());
            shown.put("publishedOn", item.publishedOn().toString());
        } else {
            shown.put("publishedOn", LocalDate.now(news.clock()).toString());
        }
        shown.putAll(values);
        Map<String, Object> model = new HashMap<>();
        model.put("values", shown);
        model.put("item", java.util.Optional.ofNullable(item));
        model.put("all", item == null ? news.read().all(actor) : java.util.List.of());
        model.put("today", LocalDate.now(news.clock()));
        Pages.render(ctx, "publication/news-form.jte", page, model);
    }

    private void publish(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).field("file", "image").field("image", "image").fallback("title");
        PageForm.Field<String> title = form.required("title", "Indiquez le titre.");
        PageForm.Field<String> body = form.required("body", "Indiquez le texte de l'actualité.");
        PageForm.Field<LocalDate> date = form.required("publishedOn", LocalDate.class, "Indiquez la date de publication.");
        form.code("UNSUPPORTED_MEDIA_TYPE", "image").code("PAYLOAD_TOO_LARGE", "image");
        form.submit(() -> news.publish().publish(actor, new PublishNews.Command(title.get(), body.get(), date.get(), image(ctx))))
                .redirect(STAFF, "Actualité publiée.")
                .orShow(errors -> form(ctx, Pages.context(ctx, "Actualités").withErrors(errors), null, form.values()));
    }

    private void edit(Context ctx) {
        Actor actor = Pages.actor(ctx);
        NewsId id = id(ctx);
        PageForm form = PageForm.of(ctx).fallback("title");
        PageForm.Field<String> title = form.required("title", "Indiquez le titre.");
        PageForm.Field<String> body = form.required("body", "Indiquez le texte de l'actualité.");
        PageForm.Field<LocalDate> date = form.required("publishedOn", LocalDate.class, "Indiquez la date de publication.");
        form.code("UNSUPPORTED_MEDIA_TYPE", "image").code("PAYLOAD_TOO_LARGE", "image");
        form.submit(() -> news.edit().edit(actor, id, new EditNews.Command(title.get(), body.get(), date.get(), image(ctx),
                        form.has("removeImage"))))
                .redirect(STAFF, "Actualité modifiée.")
                .orShow(errors -> form(ctx, Pages.context(ctx, "Modifier une actualité").withErrors(errors), id, form.values()));
    }

    /** The image sent with the form, or null when none was chosen. */
    private static InputStream image(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("image") : null;
        return file == null || file.size() == 0 ? null : file.content();
    }
}
