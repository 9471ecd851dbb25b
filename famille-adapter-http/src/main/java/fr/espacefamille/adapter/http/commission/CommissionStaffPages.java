package fr.espacefamille.adapter.http.commission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.commission.NurseryRequestView;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.SessionView;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * Nursery staff's commission pages: the requests by status and age group, each request with the
 * correction of its answers and its history, the scoring grid, the
 * sessions (open one), and a session's page with its ranked lists, the allocation with changes of
 * order and their reasons, the members present and the printable minutes.
 */
public final class CommissionStaffPages implements Feature {

    static final String HOME = "/agents/creche/commission";
    /** Empty rows offered under the grid's criteria, to add some. */
    static final int EXTRA_CRITERIA = 2;

    private static final RouteRole[] AGENTS = Access.staff(Role.NURSERY_AGENT);
    private final CommissionUseCases commission;
    private final ZoneId zone;

    public CommissionStaffPages(CommissionUseCases commission) {
        this.commission = commission;
        this.zone = commission.clock().getZone();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOME, ctx -> hub(ctx, Pages.context(ctx, "Commission d'attribution"), Map.of()), AGENTS);
        routes.post(HOME + "/sessions", this::openSession, AGENTS);
        routes.get(HOME + "/demandes", this::requests, AGENTS);
        routes.get(HOME + "/demandes/{id}", ctx -> request(ctx, Pages.context(ctx, "Pré-inscription"), null), AGENTS);
        routes.post(HOME + "/demandes/{id}/reponses", this::correct, AGENTS);
        routes.get(HOME + "/grille", ctx -> gridForm(ctx, Pages.context(ctx, "Grille de critères"), null), AGENTS);
        routes.post(HOME + "/grille", this::saveGrid, AGENTS);
        routes.get(HOME + "/sessions/{id}", ctx -> session(ctx, Pages.context(ctx, "Commission d'attribution"), Map.of()), AGENTS);
        routes.post(HOME + "/sessions/{id}/attribution", this::allocate, AGENTS);
        routes.post(HOME + "/sessions/{id}/membres", this::members, AGENTS);
        routes.get(HOME + "/sessions/{id}/proces-verbal.pdf", ctx -> SessionMinutesPdf.send(ctx,
                commission.readSessions().one(Pages.actor(ctx), sessionId(ctx)), zone), AGENTS);
    }

    private static SessionId sessionId(Context ctx) {
        return Web.pathId(ctx, "id", SessionId::parse);
    }

    private void hub(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "commission/staff-home.jte", page, Map.of("sessions", commission.readSessions().all(actor),
                "grid", commission.readGrid().current(), "values", values, "groups", AgeGroup.values()));
    }

    private void openSession(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fields(Map.of("date", "date", "startFrom", "debut", "startTo", "fin", "confirmBy", "confirmation"))
                .codes(Map.of("SESSION_OVERLAP", "debut")).fallback("date");
        PageForm.Field<LocalDate> date = form.required("date", LocalDate.class, "Indiquez la date de la commission.");
        PageForm.Field<LocalDate> from = form.required("debut", LocalDate.class, "Indiquez le début de la période d'entrée.");
        PageForm.Field<LocalDate> to = form.required("fin", LocalDate.class, "Indiquez la fin de la période d'entrée.");
        PageForm.Field<LocalDate> confirmBy = form.required("confirmation", LocalDate.class, "Indiquez la date limite de confirmation.");
        Map<AgeGroup, PageForm.Field<Integer>> places = new EnumMap<>(AgeGroup.class);
        for (AgeGroup group : AgeGroup.values()) {
            places.put(group, form.required("places-" + group, Integer.class, "Indiquez un nombre de places.")
                    .check(n -> n >= 0 && n <= 200, "Indiquez un nombre de places entre 0 et 200."));
        }
        String members = form.text("membres");
        form.submit(() -> {
            Map<AgeGroup, Integer> counts = new EnumMap<>(AgeGroup.class);
            places.forEach((group, field) -> counts.put(group, field.get()));
            try {
                return commission.openSession().open(actor, new OpenCommissionSession.Command(date.get(), from.get(), to.get(),
                        confirmBy.get(), counts, members));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid("date", e.getMessage());
            }
        }).then(s -> Pages.redirect(ctx, HOME + "/sessions/" + s.id(), "Commission ouverte : les familles concernées sont invitées "
                + "par courriel à confirmer leur demande."))
                .orShow(errors -> hub(ctx, Pages.context(ctx, "Commission d'attribution").withErrors(errors), form.values()));
    }

    private void requests(Context ctx) {
        Actor actor = Pages.actor(ctx);
        String status = ctx.queryParam("etat");
        String group = ctx.queryParam("tranche");
        NurseryRequestStatus chosenStatus = status == null || status.isBlank() ? null
                : Web.enumValue(NurseryRequestStatus.class, status, "etat");
        AgeGroup chosenGroup = group == null || group.isBlank() ? null : Web.enumValue(AgeGroup.class, group, "tranche");
        Pages.render(ctx, "commission/staff-requests.jte", Pages.context(ctx, "Pré-inscriptions"), Map.of(
                "requests", commission.readRequests().all(actor, chosenStatus, chosenGroup), "statuses", NurseryRequestStatus.values(),
                "groups", AgeGroup.values(), "status", status == null ? "" : status, "group", group == null ? "" : group));
    }

    /** A request as staff check it: the answers (to correct, with a reason), the points, the documents and the history. */
    private void request(Context ctx, PageContext page, Map<String, String> submitted) {
        Actor actor = Pages.actor(ctx);
        NurseryRequestView view = commission.readRequests().one(actor, Web.pathId(ctx, "id", NurseryRequestId::parse));
        Map<String, String> values = submitted;
        if (values == null) {
            values = new HashMap<>();
            for (var answer : view.request().answers().entrySet()) {
                if (answer.getValue()) {
                    values.put("critere-" + answer.getKey(), "oui");
                }
            }
        }
        Pages.render(ctx, "commission/staff-request.jte", page.withTitle("Pré-inscription " + FrenchText.of(view.request().firstName())),
                Map.of("view", view, "grid", commission.readGrid().current(), "values", values, "zone", zone,
                        "history", HistoryLine.of(view.request(), view.offers(), CommissionPages.labels(commission), zone)));
    }

    private void correct(Context ctx) {
        Actor actor = Pages.actor(ctx);
        NurseryRequestId id = Web.pathId(ctx, "id", NurseryRequestId::parse);
        PageForm form = PageForm.of(ctx).fields(Map.of("reason", "motif", "answers", "reponses")).fallback("reponses");
        String reason = form.text("motif");
        Map<String, Boolean> answers = new HashMap<>();
        commission.readGrid().current().ifPresent(grid -> grid.criteria().forEach(c -> answers.put(c.code(), form.has("critere-" + c.code()))));
        form.submit(() -> commission.correct().correct(actor, id, answers, reason))
                .redirect(HOME + "/demandes/" + id, "Réponses corrigées\u00a0: les points de la demande suivent.")
                .orShow(errors -> request(ctx, Pages.context(ctx, "Pré-inscription").withErrors(errors), form.values()));
    }

    private void gridForm(Context ctx, PageContext page, Map<String, String> submitted) {
        Map<String, String> values = submitted;
        int rows;
        if (values == null) {
            values = new LinkedHashMap<>();
            LocalDate today = LocalDate.now(commission.clock());
            ScoringGrid grid = commission.readGrid().current().orElse(ScoringGrid.example(today));
            values.put("validFrom", today.toString());
            for (int i = 0; i < grid.criteria().size(); i++) {
                Criterion c = grid.criteria().get(i);
                values.put("code-" + i, c.code());
                values.put("label-" + i, c.label());
                values.put("points-" + i, String.valueOf(c.points()));
            }
            rows = grid.criteria().size() + EXTRA_CRITERIA;
        } else {
            rows = criteriaRows(values);
        }
        Pages.render(ctx, "commission/grid.jte", page, Map.of("values", values, "rows", rows, "grids", commission.readGrid().all()));
    }

    private static int criteriaRows(Map<String, String> values) {
        int rows = 0;
        while (values.containsKey("code-" + rows)) {
            rows++;
        }
        return rows;
    }

    private void saveGrid(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("validFrom");
        PageForm.Field<LocalDate> validFrom = form.required("validFrom", LocalDate.class, "Indiquez la date de validité.");
        List<Criterion> criteria = new ArrayList<>();
        int rows = criteriaRows(form.values());
        for (int i = 0; i < rows; i++) {
            String code = form.text("code-" + i);
            String label = form.text("label-" + i);
            String points = form.text("points-" + i);
            if (code == null && label == null && points == null) {
                continue;
            }
            try {
                criteria.add(new Criterion(code == null ? "" : code.toUpperCase(java.util.Locale.ROOT), label,
                        Integer.parseInt(points == null ? "" : points)));
            } catch (NumberFormatException e) {
                form.error("points-" + i, "Indiquez un nombre de points.");
            } catch (IllegalArgumentException | NullPointerException e) {
                form.error("code-" + i, French.sentence(e.getMessage()));
            }
        }
        if (criteria.isEmpty()) {
            form.error("code-0", "La grille compte au moins un critère.");
        }
        form.submit(() -> {
            try {
                return commission.setGrid().set(actor, validFrom.get(), criteria);
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid("validFrom", e.getMessage());
            }
        }).redirect(HOME + "/grille", "Grille de critères enregistrée.")
                .orShow(errors -> gridForm(ctx, Pages.context(ctx, "Grille de critères").withErrors(errors), form.values()));
    }

    private void session(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        SessionView view = commission.readSessions().one(actor, sessionId(ctx));
        Pages.render(ctx, "commission/session.jte", page.withTitle("Commission du " + French.date(view.session().date())), Map.of("view", view, "groups", AgeGroup.values(), "values", values, "zone", zone));
    }

    private void allocate(Context ctx) {
        Actor actor = Pages.actor(ctx);
        SessionId id = sessionId(ctx);
        PageForm form = PageForm.of(ctx).fallback("attribution").code("ALREADY_ALLOCATED", "attribution");
        SessionView view = commission.readSessions().one(actor, id);
        List<Ranking.Override> overrides = new ArrayList<>();
        for (AgeGroup group : AgeGroup.values()) {
            for (SessionView.Line line : view.group(group)) {
                String key = line.request().id().toString();
                PageForm.Field<Integer> rank = form.optional("rang-" + key, Integer.class, "Indiquez un rang (nombre entier).")
                        .check(r -> r >= 1, "Le rang commence à 1.");
                String reason = form.text("motif-" + key);
                String typed = form.values().get("rang-" + key);
                boolean moved = typed != null && !typed.isBlank() && !typed.strip().equals(String.valueOf(line.rank()));
                if (moved && reason == null) {
                    form.error("motif-" + key, "Un changement de rang doit être motivé par écrit.");
                } else if (moved && rank.get() != null && rank.get() >= 1) {
                    overrides.add(new Ranking.Override(line.request().id(), rank.get(), reason));
                }
            }
        }
        form.submit(() -> commission.allocate().allocate(actor, id, overrides))
                .redirect(HOME + "/sessions/" + id, "Places attribuées : les familles ont reçu leur proposition par courriel.")
                .orShow(errors -> session(ctx, Pages.context(ctx, "Commission d'attribution").withErrors(errors), form.values()));
    }

    private void members(Context ctx) {
        Actor actor = Pages.actor(ctx);
        SessionId id = sessionId(ctx);
        PageForm form = PageForm.of(ctx).fallback("membres");
        String members = form.text("membres");
        form.submit(() -> {
            try {
                return commission.recordMembers().record(actor, id, members);
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid("membres", e.getMessage());
            }
        }).redirect(HOME + "/sessions/" + id, "Membres présents enregistrés.")
                .orShow(errors -> session(ctx, Pages.context(ctx, "Commission d'attribution").withErrors(errors), form.values()));
    }
}
