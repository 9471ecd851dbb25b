package fr.espacefamille.adapter.http.publication;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.document.Uploads;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.publication.WithdrawRulesDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * « Règlements »: the public list with each PDF, and the staff page to publish (multipart form with
 * the CSRF field) and withdraw them; agents see only the services they keep.
 */
public final class RulesPages implements Feature {

    private static final ZoneId TOWN = ZoneId.of("Europe/Paris");
    private static final String STAFF_PAGE = "/agents/reglements";
    private static final RouteRole[] KEEPERS = Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);

    private final PublishRulesDocument publish;
    private final WithdrawRulesDocument withdraw;
    private final ReadRulesDocuments read;

    public RulesPages(PublishRulesDocument publish, WithdrawRulesDocument withdraw, ReadRulesDocuments read) {
        this.publish = publish;
        this.withdraw = withdraw;
        this.read = read;
    }

    /** A line of the lists, in French. */
    public record Row(String id, String title, String service, String publishedOn, String size, boolean withdrawable) {
        static Row of(RulesDocument d, Role role) {
            return new Row(d.id().toString(), d.title(), label(d.service()),
                    French.shortDate(d.publishedAt().atZone(TOWN).toLocalDate()), fr.espacefamille.domain.shared.FrenchText.size(d.sizeBytes()),
                    role != null && role.mayActAs(d.service().keeper()));
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/reglements", ctx -> Pages.render(ctx, "publication/rules.jte", Pages.context(ctx, "Règlements"),
                Map.of("rules", rows(null))));
        routes.get("/reglements/{id}", ctx -> RulesFiles.send(ctx, read.open(Web.pathId(ctx, "id", RulesDocumentId::parse))));
        // the use cases narrow by the service a document governs
        routes.get(STAFF_PAGE, ctx -> staff(ctx, Pages.context(ctx, "Règlements"), Map.of()), KEEPERS);
        routes.post(STAFF_PAGE, this::publish, KEEPERS);
        routes.post(STAFF_PAGE + "/{id}/retrait", this::withdraw, KEEPERS);
    }

    private List<Row> rows(Role role) {
        return read.all().stream().map(d -> Row.of(d, role)).toList();
    }

    private void staff(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        List<RulesService> services = Arrays.stream(RulesService.values()).filter(s -> actor.role().mayActAs(s.keeper())).toList();
        Pages.render(ctx, "publication/staff-rules.jte", page, Map.of("rules", rows(actor.role()), "services", services,
                "title", values.getOrDefault("title", ""), "service", values.getOrDefault("service", "")));
    }

    private void publish(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("file");
        form.required("title", "Indiquez le titre du règlement.");
        form.required("service", RulesService.class, "Choisissez le service concerné.");
        if (!Uploads.chosen(ctx, "file")) {
            form.error("file", "Choisissez un fichier PDF.");
        }
        form.submit(() -> RulesFiles.publish(ctx, actor, publish))
                .then(published -> Pages.redirect(ctx, STAFF_PAGE, "Règlement « " + published.title() + " » publié."))
                .orShow(errors -> staff(ctx, Pages.context(ctx, "Règlements").withErrors(errors),
                        Map.of("title", form.values().getOrDefault("title", ""), "service", form.values().getOrDefault("service", ""))));
    }

    private void withdraw(Context ctx) {
        RulesDocument withdrawn = withdraw.withdraw(Pages.actor(ctx), Web.pathId(ctx, "id", RulesDocumentId::parse));
        Pages.redirect(ctx, STAFF_PAGE, "Règlement « " + withdrawn.title() + " » retiré.");
    }

    /** French name of the service a rules document governs. */
    public static String label(RulesService service) {
        return switch (service) {
            case CANTEEN -> "Restauration scolaire";
            case NURSERY -> "Multi-accueil";
            case GENERAL -> "Général";
        };
    }
}
