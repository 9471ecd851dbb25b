package fr.espacefamille.adapter.http.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.document.DocumentFiles;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.enrolment.DecideSchoolRequest;
import fr.espacefamille.application.enrolment.ManageSchoolSectors;
import fr.espacefamille.application.enrolment.OpenEnrolmentCampaign;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import io.javalin.http.UploadedFile;

/**
 * The school agents' enrolment pages (§8): the queue by state, school and grade with its counts per
 * school and grade, each request with its documents and the decision forms, a request recorded at
 * the counter, the campaigns of the school years and the sector map.
 */
public final class SchoolRequestStaffPages implements Feature {

    static final String HOME = "/agents/inscriptions";
    private static final String COUNTER = HOME + "/guichet";
    private static final String COUNTER_TITLE = "Demande d'inscription enregistrée au guichet";

    private static final RouteRole[] AGENTS = Access.staff(Role.SCHOOL_AGENT);
    private final SubmitSchoolRequest submit;
    private final ReadSchoolRequests read;
    private final DecideSchoolRequest decide;
    private final OpenEnrolmentCampaign campaigns;
    private final ManageSchoolSectors sectors;
    private final ReadDocument documents;
    private final SchoolRequestFormPage form;
    private final Clock clock;

    public SchoolRequestStaffPages(SubmitSchoolRequest submit, ReadSchoolRequests read, DecideSchoolRequest decide,
            OpenEnrolmentCampaign campaigns, ManageSchoolSectors sectors, UploadDocument upload, ReadDocument documents, Clock clock) {
        this.submit = submit;
        this.read = read;
        this.decide = decide;
        this.campaigns = campaigns;
        this.sectors = sectors;
        this.documents = documents;
        this.form = new SchoolRequestFormPage(read, upload, clock);
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOME, this::queue, AGENTS);
        routes.get(COUNTER, ctx -> form.showForm(ctx, Pages.context(ctx, COUNTER_TITLE), COUNTER_TITLE, COUNTER, form.blank()), AGENTS);
        routes.post(COUNTER, this::record, AGENTS);
        routes.get(HOME + "/campagnes", ctx -> campaignsPage(ctx, Pages.actor(ctx), Pages.context(ctx, "Campagnes d'inscription"), Map.of()), AGENTS);
        routes.post(HOME + "/campagnes", this::saveCampaign, AGENTS);
        routes.get(HOME + "/carte-scolaire", ctx -> sectorPage(ctx, Pages.actor(ctx), Pages.context(ctx, "Carte scolaire")), AGENTS);
        routes.post(HOME + "/carte-scolaire", this::uploadSectors, AGENTS);
        routes.get(HOME + "/{id}", ctx -> show(ctx, Pages.actor(ctx), Pages.context(ctx, "Demande d'inscription"), Map.of()), AGENTS);
        routes.post(HOME + "/{id}/decision", this::decide, AGENTS);
        routes.get(HOME + "/{id}/pieces/{document}", this::document, AGENTS);
        routes.get(HOME + "/{id}/certificat", ctx -> CertificatePdf.send(ctx, read.certificate(Pages.actor(ctx), id(ctx))), AGENTS);
    }

    private static SchoolRequestId id(Context ctx) {
        return Web.pathId(ctx, "id", SchoolRequestId::parse);
    }

    private void queue(Context ctx) {
        Actor actor = Pages.actor(ctx);
        String status = ctx.queryParam("statut");
        String school = ctx.queryParam("ecole");
        String grade = ctx.queryParam("classe");
        ReadSchoolRequests.Queue queue = read.queue(actor,
                status == null || status.isBlank() ? null : Web.enumValue(SchoolRequestStatus.class, status, "statut"),
                school == null || school.isBlank() ? null : SchoolId.parse(school).orElseThrow(Refusals::notFound),
                grade == null || grade.isBlank() ? null : Web.enumValue(Grade.class, grade, "classe"));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("statut", status == null ? "" : status);
        filters.put("ecole", school == null ? "" : school);
        filters.put("classe", grade == null ? "" : grade);
        Pages.render(ctx, "enrolment/staff-queue.jte", Pages.context(ctx, "Inscriptions scolaires"), Map.of("queue", queue,
                "read", read, "filters", filters, "statuses", SchoolRequestStatus.values(), "grades", Grade.values()));
    }

    private void show(Context ctx, Actor actor, PageContext page, Map<String, String> values) {
        SchoolRequest request = read.one(actor, id(ctx));
        Pages.render(ctx, "enrolment/staff-request.jte", page.withTitle("Demande d'inscription " + FrenchText.of(request.form().child().firstName())),
                Map.of("request", request, "read", read, "values", values, "grades", Grade.values()));
    }

    private void decide(Context ctx) {
        Actor actor = Pages.actor(ctx);
        SchoolRequestId id = id(ctx);
        PageForm page = PageForm.of(ctx).fields(Map.of("schoolId", "ecole", "grade", "classe")).fallback("decision");
        var decision = page.required("decision", "Choisissez une décision.")
                .check(d -> List.of("ACCEPT", "INCOMPLETE", "REFUSE").contains(d), "Choisissez une décision.");
        String kind = page.text("decision");
        var school = page.optional("ecole", SchoolId::parse, "Choisissez une école de la liste.");
        var grade = page.optional("classe", Grade.class, "Choisissez une classe de la liste.");
        var message = "INCOMPLETE".equals(kind) ? page.required("message", "Écrivez à la famille ce qui manque.") : null;
        var reason = "REFUSE".equals(kind) ? page.required("motif", "Indiquez le motif du refus.") : null;
        boolean canteen = page.has("cantine");
        page.submit(() -> decide.decide(actor, id, switch (decision.get()) {
            case "ACCEPT" -> new DecideSchoolRequest.Accept(school.get(), grade.get(), canteen);
            case "INCOMPLETE" -> new DecideSchoolRequest.Incomplete(message.get());
            default -> new DecideSchoolRequest.Refuse(reason.get());
        })).then(decided -> Pages.redirect(ctx, HOME + "/" + id, switch (decided.status()) {
            case ACCEPTED -> "Demande acceptée : certificat n° " + decided.accepted().orElseThrow().certificateNumber() + ".";
            case INCOMPLETE -> "Demande renvoyée à la famille pour être complétée.";
            default -> "Demande refusée.";
        })).orShow(errors -> show(ctx, actor, Pages.context(ctx, "Demande d'inscription").withErrors(errors), page.values()));
    }

    /** A document of the request, opened inline; any other document id answers 404. */
    private void document(Context ctx) {
        Actor actor = Pages.actor(ctx);
        SchoolRequest request = read.one(actor, id(ctx));
        DocumentId document = Web.pathId(ctx, "document", DocumentId::parse);
        if (request.form().documents().stream().noneMatch(d -> d.document().equals(document))) {
            throw Refusals.notFound();
        }
        DocumentFiles.send(ctx, documents.open(actor, document));
    }

    private void record(Context ctx) {
        Actor actor = Pages.actor(ctx);
        form.post(ctx, actor, COUNTER_TITLE, COUNTER_TITLE, COUNTER, SchoolRequestFormPage.Target.newRequest(submit), request -> Pages.redirect(ctx, HOME + "/" + request.id(), "Demande " + FrenchText.of(request.form().child().firstName())
                + " enregistrée."));
    }

    /** The campaigns of the current school year and the next two, with the form to set one. */
    private void campaignsPage(Context ctx, Actor actor, PageContext page, Map<String, String> values) {
        SchoolYearLabel current = SchoolYearLabel.containing(LocalDate.now(clock));
        List<SchoolYearLabel> years = List.of(current, new SchoolYearLabel(current.firstYear() + 1),
                new SchoolYearLabel(current.firstYear() + 2));
        Map<String, EnrolmentCampaign> set = new LinkedHashMap<>();
        years.forEach(y -> campaigns.of(actor, y).ifPresent(c -> set.put(y.toString(), c)));
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("annee", years.get(1).toString());
        Pages.render(ctx, "enrolment/staff-campaigns.jte", page, Map.of("years", years, "campaigns", set, "values", shown));
    }

    private void saveCampaign(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm page = PageForm.of(ctx).fields(Map.of("opensOn", "ouverture", "closesOn", "fermeture")).fallback("ouverture");
        var year = page.required("annee", SchoolYearLabel::parse, "Choisissez l'année scolaire.");
        var opens = page.required("ouverture", LocalDate.class, "Indiquez la date d'ouverture (format AAAA-MM-JJ).");
        var closes = page.required("fermeture", LocalDate.class, "Indiquez la date de fermeture (format AAAA-MM-JJ).");
        page.submit(() -> campaigns.open(actor, year.get(), opens.get(), closes.get()))
                .then(c -> Pages.redirect(ctx, HOME + "/campagnes", "Campagne " + c.schoolYear() + " : du "
                        + FrenchText.dayMonth(c.opensOn()) + " au " + FrenchText.dayMonth(c.closesOn()) + " " + c.closesOn().getYear() + "."))
                .orShow(errors -> campaignsPage(ctx, actor, Pages.context(ctx, "Campagnes d'inscription").withErrors(errors), page.values()));
    }

    private void sectorPage(Context ctx, Actor actor, PageContext page) {
        Pages.render(ctx, "enrolment/staff-sectors.jte", page, Map.of("map", sectors.current(actor), "read", read));
    }

    /** Replaces the whole map with the uploaded CSV; a bad line changes nothing and is named (status 422). */
    private void uploadSectors(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm page = PageForm.of(ctx).fieldPrefix("ligne ", "fichier").fallback("fichier");
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("fichier") : null;
        if (file == null || file.size() == 0) {
            page.error("fichier", "Choisissez le fichier CSV de la carte scolaire.");
        }
        page.submit(() -> sectors.upload(actor, text(file)))
                .redirect(HOME + "/carte-scolaire", "Carte scolaire remplacée.")
                .orShow(errors -> sectorPage(ctx, actor, Pages.context(ctx, "Carte scolaire").withErrors(errors)));
    }

    private static String text(UploadedFile file) {
        try (var content = file.content()) {
            String csv = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            // a spreadsheet's UTF-8 export often starts with a byte order mark
            return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the queue and the request page highlight: off the map, a derogation, another grade than the age's. */
    public static List<String> badges(SchoolRequest request) {
        List<String> badges = new ArrayList<>();
        if (request.outOfSectorMap()) {
            badges.add("Hors carte scolaire");
        }
        if (request.derogation()) {
            badges.add("Dérogation : " + request.form().derogationReason().label());
        }
        if (request.form().grade() != null && request.form().gradeOfAge().map(g -> g != request.form().grade()).orElse(false)) {
            badges.add("Autre classe que celle de l'âge");
        }
        return badges;
    }
}
