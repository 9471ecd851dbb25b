package fr.espacefamille.adapter.http.enrolment;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.espacefamille.adapter.http.enrolment.EnrolmentJson.RequestBody;
import fr.espacefamille.adapter.http.enrolment.EnrolmentJson.RequestJson;
import fr.espacefamille.adapter.http.enrolment.EnrolmentJson.SubmittedJson;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.enrolment.DecideSchoolRequest;
import fr.espacefamille.application.enrolment.ManageSchoolSectors;
import fr.espacefamille.application.enrolment.OpenEnrolmentCampaign;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.enrolment.WithdrawSchoolRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's "Enrolment requests (§8)" rows, but the applicant accounts' ({@code ApplicantApi}). */
public final class SchoolRequestApi implements Feature {

    private final SubmitSchoolRequest submit;
    private final WithdrawSchoolRequest withdraw;
    private final ReadSchoolRequests read;
    private final DecideSchoolRequest decide;
    private final OpenEnrolmentCampaign campaigns;
    private final ManageSchoolSectors sectors;

    public SchoolRequestApi(SubmitSchoolRequest submit, WithdrawSchoolRequest withdraw, ReadSchoolRequests read,
            DecideSchoolRequest decide, OpenEnrolmentCampaign campaigns, ManageSchoolSectors sectors) {
        this.submit = submit;
        this.withdraw = withdraw;
        this.read = read;
        this.decide = decide;
        this.campaigns = campaigns;
        this.sectors = sectors;
    }

    record CampaignBody(String opensOn, String closesOn) {
    }

    record DecisionBody(String decision, String schoolId, String grade, Boolean canteen, String message, String reason) {
    }

    record SchoolJson(String schoolId, String school) {
    }

    record CountJson(String schoolId, String school, Grade grade, int requests) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/school-requests", this::create);
        routes.get(API + "/school-requests", ctx -> ctx.json(read.own(Web.actor(ctx)).stream().map(RequestJson::of).toList()));
        routes.get(API + "/school-requests/{id}", ctx -> ctx.json(RequestJson.of(read.one(Web.actor(ctx), id(ctx)))));
        routes.put(API + "/school-requests/{id}", this::resubmit);
        routes.delete(API + "/school-requests/{id}", this::withdraw);
        routes.get(API + "/school-requests/{id}/certificate", this::certificate);
        routes.put(API + "/admin/enrolment-campaigns/{schoolYear}", this::campaign, Access.staff(Role.SCHOOL_AGENT));
        routes.put(API + "/admin/school-sectors", this::uploadSectors, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/school-sectors/lookup", this::lookup, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/school-requests", this::queue, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/school-requests/counts", this::queue, Access.staff(Role.SCHOOL_AGENT));
        routes.post(API + "/admin/school-requests/{id}/decision", this::decide, Access.staff(Role.SCHOOL_AGENT));
    }

    private static SchoolRequestId id(Context ctx) {
        return Web.pathId(ctx, "id", SchoolRequestId::parse);
    }

    private void create(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolRequest request = submit.submit(actor, Web.body(ctx, RequestBody.class).toForm());
        ctx.status(201).json(SubmittedJson.of(request));
    }

    private void resubmit(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolRequestId id = id(ctx);
        ctx.json(RequestJson.of(submit.resubmit(actor, id, Web.body(ctx, RequestBody.class).toForm())));
    }

    private void withdraw(Context ctx) {
        SchoolRequest withdrawn = withdraw.withdraw(Web.actor(ctx), id(ctx));
        ctx.json(Map.of("id", withdrawn.id().toString(), "status", withdrawn.status().name()));
    }

    private void certificate(Context ctx) {
        CertificatePdf.send(ctx, read.certificate(Web.actor(ctx), id(ctx)));
    }

    private void campaign(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolYearLabel year = SchoolYearLabel.parse(ctx.pathParam("schoolYear"))
                .orElseThrow(() -> Refusals.invalid("schoolYear", "année scolaire attendue, par exemple 2027-2028"));
        CampaignBody body = Web.body(ctx, CampaignBody.class);
        var campaign = campaigns.open(actor, year, Web.date(body.opensOn(), "opensOn"), Web.date(body.closesOn(), "closesOn"));
        ctx.json(Map.of("schoolYear", year.toString(), "opensOn", campaign.opensOn().toString(),
                "closesOn", campaign.closesOn().toString()));
    }

    private void uploadSectors(Context ctx) {
        Actor actor = Web.actor(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
            throw Refusals.refuse(new Refusal("UNSUPPORTED_MEDIA_TYPE", Refusal.Kind.UNSUPPORTED_MEDIA,
                    "Envoyez le fichier au format text/csv."));
        }
        ctx.json(Map.of("rows", sectors.upload(actor, ctx.body())));
    }

    private void lookup(Context ctx) {
        School school = sectors.lookup(Web.required(ctx.queryParam("line1"), "line1")).orElse(null);
        ctx.json(school == null ? new SchoolJson(null, null) : new SchoolJson(school.id().toString(), school.name()));
    }

    private void queue(Context ctx) {
        Actor actor = Web.actor(ctx);
        String status = ctx.queryParam("status");
        String school = ctx.queryParam("schoolId");
        String grade = ctx.queryParam("grade");
        ReadSchoolRequests.Queue queue = read.queue(actor,
                status == null || status.isBlank() ? null : Web.enumValue(SchoolRequestStatus.class, status, "status"),
                school == null || school.isBlank() ? null
                        : SchoolId.parse(school).orElseThrow(() -> Refusals.invalid("schoolId", "identifiant invalide")),
                grade == null || grade.isBlank() ? null : Web.enumValue(Grade.class, grade, "grade"));
        if (ctx.path().endsWith("/counts")) {
            ctx.json(counts(queue));
        } else {
            ctx.json(queue.requests().stream().map(RequestJson::of).toList());
        }
    }

    private void decide(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolRequestId id = id(ctx);
        DecisionBody body = Web.body(ctx, DecisionBody.class);
        DecideSchoolRequest.Decision decision = switch (Web.required(body.decision(), "decision")) {
            case "ACCEPT" -> new DecideSchoolRequest.Accept(body.schoolId() == null ? null : SchoolId.parse(body.schoolId())
                    .orElseThrow(() -> Refusals.invalid("schoolId", "identifiant invalide")),
                    body.grade() == null ? null : Web.enumValue(Grade.class, body.grade(), "grade"), body.canteen());
            case "INCOMPLETE" -> new DecideSchoolRequest.Incomplete(Web.required(body.message(), "message"));
            case "REFUSE" -> new DecideSchoolRequest.Refuse(Web.required(body.reason(), "reason"));
            default -> throw Refusals.invalid("decision", "ACCEPT, INCOMPLETE ou REFUSE attendu");
        };
        ctx.json(RequestJson.of(decide.decide(actor, id, decision)));
    }

    /** Counts per school and grade of the staff queue ({@code GET /admin/school-requests/counts}, same filters). */
    static List<CountJson> counts(ReadSchoolRequests.Queue queue) {
        return queue.counts().stream().map(c -> new CountJson(c.school() == null ? null : c.school().toString(), c.schoolName(),
                c.grade(), c.requests())).toList();
    }
}
