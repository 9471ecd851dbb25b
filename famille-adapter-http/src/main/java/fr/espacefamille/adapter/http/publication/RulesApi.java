package fr.espacefamille.adapter.http.publication;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Instant;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.publication.WithdrawRulesDocument;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Rules documents (règlements): {@code GET /public/rules} and {@code GET /public/rules/{id}/file}
 * for everyone, {@code POST /admin/rules} (multipart {@code title}, {@code service}, {@code file})
 * and {@code DELETE /admin/rules/{id}} for staff.
 */
public final class RulesApi implements Feature {

    private final PublishRulesDocument publish;
    private final WithdrawRulesDocument withdraw;
    private final ReadRulesDocuments read;

    public RulesApi(PublishRulesDocument publish, WithdrawRulesDocument withdraw, ReadRulesDocuments read) {
        this.publish = publish;
        this.withdraw = withdraw;
        this.read = read;
    }

    record RulesJson(String id, String title, RulesService service, String filename, long sizeBytes, Instant publishedAt,
            String fileUrl) {
        static RulesJson of(RulesDocument d) {
            return new RulesJson(d.id().toString(), d.title(), d.service(), d.filename(), d.sizeBytes(), d.publishedAt(),
                    API + "/public/rules/" + d.id() + "/file");
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/public/rules", ctx -> ctx.json(read.all().stream().map(RulesJson::of).toList()));
        routes.get(API + "/public/rules/{id}/file", ctx -> RulesFiles.send(ctx, read.open(Web.pathId(ctx, "id", RulesDocumentId::parse))));
        routes.post(API + "/admin/rules", this::publish, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.delete(API + "/admin/rules/{id}", ctx -> {
            withdraw.withdraw(Web.actor(ctx), Web.pathId(ctx, "id", RulesDocumentId::parse));
            ctx.status(204);
        }, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
    }

    private void publish(Context ctx) {
        RulesDocument published = RulesFiles.publish(ctx, Web.actor(ctx), publish);
        ctx.status(201).json(RulesJson.of(published));
    }
}
