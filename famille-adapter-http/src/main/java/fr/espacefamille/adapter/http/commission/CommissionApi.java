package fr.espacefamille.adapter.http.commission;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.commission.CommissionJson.AllocateBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.AnswerBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.AnswerJson;
import fr.espacefamille.adapter.http.commission.CommissionJson.BirthBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.CorrectionBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.CriterionBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.DocumentBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.GridBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.GridJson;
import fr.espacefamille.adapter.http.commission.CommissionJson.MembersBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.OverrideBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.RequestBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.RequestJson;
import fr.espacefamille.adapter.http.commission.CommissionJson.SessionBody;
import fr.espacefamille.adapter.http.commission.CommissionJson.SessionDetailJson;
import fr.espacefamille.adapter.http.commission.CommissionJson.SessionJson;
import fr.espacefamille.adapter.http.nursery.NurseryEnrolmentHandlers;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * API.md's "Nursery pre-registration and commission (§9)" rows, plus the reads staff and forms need
 * (the published grid, the lists of requests and sessions), the members present and the minutes.
 */
public final class CommissionApi implements Feature {

    private final CommissionUseCases commission;
    private final ZoneId zone;

    public CommissionApi(CommissionUseCases commission) {
        this.commission = commission;
        this.zone = commission.clock().getZone();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/nursery-requests", this::preRegister);
        routes.get(API + "/nursery-requests", ctx -> ctx.json(commission.readRequests().mine(Web.actor(ctx)).stream()
                .map(v -> RequestJson.of(v, zone)).toList()));
        routes.get(API + "/nursery-requests/{id}", ctx -> ctx.json(RequestJson.of(commission.readRequests()
                .one(Web.actor(ctx), requestId(ctx)), zone)));
        routes.post(API + "/nursery-requests/{id}/birth", this::birth);
        routes.post(API + "/nursery-requests/{id}/confirm", this::confirm);
        routes.post(API + "/nursery-offers/{id}/answer", this::answer);
        routes.get(API + "/nursery/grid", this::currentGrid);
        routes.get(API + "/admin/nursery/grid", this::grids, Access.staff(Role.NURSERY_AGENT));
        routes.put(API + "/admin/nursery/grid", this::setGrid, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery-requests", this::staffRequests, Access.staff(Role.NURSERY_AGENT));
        routes.put(API + "/admin/nursery-requests/{id}/answers", this::correct, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/sessions", ctx -> ctx.json(commission.readSessions().all(Web.actor(ctx)).stream()
                .map(SessionJson::of).toList()), Access.staff(Role.NURSERY_AGENT));
        routes.post(API + "/admin/nursery/sessions", this::openSession, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/sessions/{id}", ctx -> ctx.json(SessionDetailJson.of(commission.readSessions()
                .one(Web.actor(ctx), sessionId(ctx)), zone)), Access.staff(Role.NURSERY_AGENT));
        routes.post(API + "/admin/nursery/sessions/{id}/allocate", this::allocate, Access.staff(Role.NURSERY_AGENT));
        routes.put(API + "/admin/nursery/sessions/{id}/members", this::members, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/sessions/{id}/minutes", ctx -> SessionMinutesPdf.send(ctx,
                commission.readSessions().one(Web.actor(ctx), sessionId(ctx)), zone), Access.staff(Role.NURSERY_AGENT));
    }

    static NurseryRequestId requestId(Context ctx) {
        return Web.pathId(ctx, "id", NurseryRequestId::parse);
    }

    static SessionId sessionId(Context ctx) {
        return Web.pathId(ctx, "id", SessionId::parse);
    }

    private void preRegister(Context ctx) {
        Actor actor = Web.actor(ctx);
        RequestBody body = Web.body(ctx, RequestBody.class);
        var child = Web.required(body.child(), "child");
        ChildId childId = child.childId() == null ? null
                : ChildId.parse(child.childId()).orElseThrow(() -> Refusals.invalid("child.childId", "identifiant inconnu"));
        if (childId == null) {
            Web.required(child.firstName(), "child.firstName");
            Web.required(child.lastName(), "child.lastName");
        }
        var schedule = NurseryEnrolmentHandlers.schedule(body.schedule());
        List<RequestDocument> documents = new ArrayList<>();
        List<DocumentBody> given = body.documents() == null ? List.of() : body.documents();
        for (int i = 0; i < given.size(); i++) {
            DocumentBody d = Web.required(given.get(i), "documents[" + i + "]");
            String field = "documents[" + i + "]";
            DocumentId id = DocumentId.parse(Web.required(d.documentId(), field + ".documentId"))
                    .orElseThrow(() -> Refusals.invalid(field + ".documentId", "document inconnu"));
            documents.add(new RequestDocument(id, Web.enumValue(DocumentKind.class, d.kind(), field + ".kind")));
        }
        var applicant = body.applicant() == null ? null : new PreRegisterChild.ApplicantCommand(body.applicant().firstName(),
                body.applicant().lastName(), body.applicant().phone(),
                body.applicant().address() == null ? null : body.applicant().address().line1(),
                body.applicant().address() == null ? null : body.applicant().address().line2(),
                body.applicant().address() == null ? null : body.applicant().address().postcode(),
                body.applicant().address() == null ? null : body.applicant().address().city());
        var view = commission.preRegister().submit(actor, new PreRegisterChild.Command(new PreRegisterChild.ChildCommand(
                child.firstName(), child.lastName(), child.birthDate(), child.expectedBirthDate(), childId),
                Web.required(body.wishedStart(), "wishedStart"), schedule, body.answers(), documents, applicant));
        ctx.status(201).json(RequestJson.of(view, zone));
    }

    private void birth(Context ctx) {
        Actor actor = Web.actor(ctx);
        BirthBody body = Web.body(ctx, BirthBody.class);
        DocumentId document = DocumentId.parse(Web.required(body.documentId(), "documentId"))
                .orElseThrow(() -> Refusals.invalid("documentId", "acte de naissance inconnu"));
        var request = commission.recordBirth().record(actor, requestId(ctx), Web.required(body.birthDate(), "birthDate"), document);
        ctx.json(RequestJson.of(commission.readRequests().one(actor, request.id()), zone));
    }

    private void confirm(Context ctx) {
        Actor actor = Web.actor(ctx);
        NurseryRequestId id = requestId(ctx);
        commission.confirm().confirm(actor, id);
        ctx.json(RequestJson.of(commission.readRequests().one(actor, id), zone));
    }

    private void answer(Context ctx) {
        Actor actor = Web.actor(ctx);
        OfferId id = Web.pathId(ctx, "id", OfferId::parse);
        AnswerBody body = Web.body(ctx, AnswerBody.class);
        ctx.json(AnswerJson.of(commission.answer().answer(actor, id, Web.required(body.accept(), "accept")).offer()));
    }

    private void currentGrid(Context ctx) {
        Web.actor(ctx);
        ctx.json(GridJson.of(commission.readGrid().current().orElseThrow(Refusals::notFound)));
    }

    private void grids(Context ctx) {
        ctx.json(commission.readGrid().all().stream().map(GridJson::of).toList());
    }

    private void setGrid(Context ctx) {
        Actor actor = Web.actor(ctx);
        GridBody body = Web.body(ctx, GridBody.class);
        List<CriterionBody> given = Web.required(body.criteria(), "criteria");
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "criteria[" + i + "]";
            CriterionBody c = Web.required(given.get(i), field);
            try {
                criteria.add(new Criterion(Web.required(c.code(), field + ".code"), Web.required(c.label(), field + ".label"),
                        Web.required(c.points(), field + ".points")));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(field, e.getMessage());
            }
        }
        try {
            ctx.json(GridJson.of(commission.setGrid().set(actor, Web.required(body.validFrom(), "validFrom"), criteria)));
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("criteria", e.getMessage());
        }
    }

    private void staffRequests(Context ctx) {
        Actor actor = Web.actor(ctx);
        String status = ctx.queryParam("status");
        String group = ctx.queryParam("ageGroup");
        ctx.json(commission.readRequests().all(actor,
                status == null || status.isBlank() ? null : Web.enumValue(NurseryRequestStatus.class, status, "status"),
                group == null || group.isBlank() ? null : Web.enumValue(AgeGroup.class, group, "ageGroup"))
                .stream().map(v -> RequestJson.of(v, zone)).toList());
    }

    private void correct(Context ctx) {
        Actor actor = Web.actor(ctx);
        NurseryRequestId id = requestId(ctx);
        CorrectionBody body = Web.body(ctx, CorrectionBody.class);
        ctx.json(RequestJson.of(commission.correct().correct(actor, id, Web.required(body.answers(), "answers"), body.reason()), zone));
    }

    private void openSession(Context ctx) {
        Actor actor = Web.actor(ctx);
        SessionBody body = Web.body(ctx, SessionBody.class);
        Map<AgeGroup, Integer> places = new EnumMap<>(AgeGroup.class);
        Web.required(body.places(), "places").forEach((group, count) ->
                places.put(Web.enumValue(AgeGroup.class, group, "places." + group), Web.required(count, "places." + group)));
        var command = new OpenCommissionSession.Command(Web.required(body.date(), "date"), Web.required(body.startFrom(), "startFrom"),
                Web.required(body.startTo(), "startTo"), Web.required(body.confirmBy(), "confirmBy"), places, body.members());
        ctx.status(201).json(SessionJson.of(commission.openSession().open(actor, command)));
    }

    private void allocate(Context ctx) {
        Actor actor = Web.actor(ctx);
        SessionId id = sessionId(ctx);
        AllocateBody body = ctx.body().isBlank() ? new AllocateBody(List.of()) : Web.body(ctx, AllocateBody.class);
        List<OverrideBody> given = body.overrides() == null ? List.of() : body.overrides();
        List<Ranking.Override> overrides = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "overrides[" + i + "]";
            OverrideBody o = Web.required(given.get(i), field);
            NurseryRequestId request = NurseryRequestId.parse(Web.required(o.requestId(), field + ".requestId"))
                    .orElseThrow(() -> Refusals.invalid(field + ".requestId", "demande inconnue"));
            try {
                overrides.add(new Ranking.Override(request, Web.required(o.rank(), field + ".rank"), o.reason()));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(o.reason() == null || o.reason().isBlank() ? field + ".reason" : field + ".rank", e.getMessage());
            }
        }
        ctx.json(SessionDetailJson.of(commission.allocate().allocate(actor, id, overrides), zone));
    }

    private void members(Context ctx) {
        Actor actor = Web.actor(ctx);
        MembersBody body = Web.body(ctx, MembersBody.class);
        commission.recordMembers().record(actor, sessionId(ctx), body.members());
        ctx.json(SessionDetailJson.of(commission.readSessions().one(actor, sessionId(ctx)), zone));
    }
}
