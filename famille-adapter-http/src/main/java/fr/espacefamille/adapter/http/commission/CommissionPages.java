package fr.espacefamille.adapter.http.commission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.commission.NurseryRequestView;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The family's pre-registrations for regular care: the list, the form (child born or expected,
 * wished start and week, the grid's questions, documents), and each request's page with its score
 * and breakdown, rank, confirmation for the coming session, the birth, and the offer to answer.
 */
public final class CommissionPages implements Feature {

    static final String HOME = "/espace/creche/pre-inscriptions";
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    private static final String TIME = "Heure invalide (format HH:MM).";
    /** The applicant's own fields (a guardian's family is known). */
    private static final Map<String, String> APPLICANT_FIELDS = Map.of("applicant", "prenomParent", "applicant.firstName", "prenomParent",
            "applicant.lastName", "nomParent", "applicant.address", "adresse", "applicant.address.line1", "adresse",
            "applicant.address.postcode", "codePostal", "applicant.address.city", "commune");

    private final CommissionUseCases commission;
    private final ZoneId zone;

    public CommissionPages(CommissionUseCases commission) {
        this.commission = commission;
        this.zone = commission.clock().getZone();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOME, this::list);
        routes.get(HOME + "/nouvelle", ctx -> form(ctx, Pages.context(ctx, "Pré-inscription en accueil régulier"), Map.of()));
        routes.post(HOME + "/nouvelle", this::submit);
        routes.get(HOME + "/{id}", ctx -> show(ctx, Web.pathId(ctx, "id", NurseryRequestId::parse), Pages.context(ctx, "Ma pré-inscription"),
                Map.of()));
        routes.post(HOME + "/{id}/confirmer", this::confirm);
        routes.post(HOME + "/{id}/naissance", this::birth);
        routes.post("/espace/creche/propositions/{id}/reponse", this::answer);
    }

    private static Actor requester(Context ctx) {
        Actor actor = Pages.actor(ctx);
        if (actor.isStaff()) {
            throw Refusals.refuse(fr.espacefamille.domain.shared.Refusal.forbidden());
        }
        return actor;
    }

    private void list(Context ctx) {
        Actor actor = requester(ctx);
        Pages.render(ctx, "commission/requests.jte", Pages.context(ctx, "Mes pré-inscriptions"),
                Map.of("requests", commission.readRequests().mine(actor), "zone", zone));
    }

    private void form(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = requester(ctx);
        List<Child> children = commission.children().list(actor).stream().map(c -> c.child()).toList();
        List<Document> documents = commission.documents().own(actor);
        Pages.render(ctx, "commission/request-form.jte", page, Map.of("grid", commission.readGrid().current(), "children", children,
                "documents", documents, "values", values, "weekdays", WEEKDAYS));
    }

    private void submit(Context ctx) {
        Actor actor = requester(ctx);
        PageForm form = PageForm.of(ctx).fields(Map.of("child.firstName", "prenom", "child.lastName", "nom", "child.birthDate", "naissance",
                "child.expectedBirthDate", "naissancePrevue", "wishedStart", "entree", "child.childId", "enfant", "schedule", "planning"))
                .fields(APPLICANT_FIELDS)
                .codes(Map.of("DUPLICATE_REQUEST", "prenom", "AGE_OUT_OF_RANGE", "entree"));
        String childText = form.text("enfant");
        ChildId childId = childText == null ? null : ChildId.parse(childText).orElse(null);
        String firstName = form.text("prenom");
        String lastName = form.text("nom");
        if (childId == null && firstName == null) {
            form.error("prenom", "Indiquez le prénom de l'enfant.");
        }
        if (childId == null && lastName == null) {
            form.error("nom", "Indiquez le nom de l'enfant.");
        }
        PageForm.Field<LocalDate> birth = form.optional("naissance", LocalDate.class, "Date de naissance invalide.");
        PageForm.Field<LocalDate> expected = form.optional("naissancePrevue", LocalDate.class, "Date prévue de naissance invalide.");
        PageForm.Field<LocalDate> start = form.required("entree", LocalDate.class, "Indiquez la date d'entrée souhaitée.");
        Map<DayOfWeek, PageForm.Field<LocalTime>> arrivals = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, PageForm.Field<LocalTime>> departures = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : WEEKDAYS) {
            arrivals.put(day, form.optional("arrivee-" + day, LocalTime.class, TIME));
            departures.put(day, form.optional("depart-" + day, LocalTime.class, TIME));
        }
        Map<String, Boolean> answers = new HashMap<>();
        commission.readGrid().current().ifPresent(grid -> grid.criteria().forEach(c -> answers.put(c.code(), form.has("critere-" + c.code()))));
        List<RequestDocument> documents = new ArrayList<>();
        List<Document> own = commission.documents().own(actor);
        PreRegisterChild.ApplicantCommand applicant = actor.family().isPresent() ? null : new PreRegisterChild.ApplicantCommand(
                form.text("prenomParent"), form.text("nomParent"), form.text("telephone"), form.text("adresse"),
                form.text("complement"), form.text("codePostal"), form.text("commune"));
        for (String id : ctx.formParams("document")) {
            own.stream().filter(d -> d.id().toString().equals(id)).findFirst()
                    .ifPresent(d -> documents.add(new RequestDocument(d.id(), d.kind())));
        }
        form.submit(() -> {
            Map<DayOfWeek, DailyHours> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : WEEKDAYS) {
                LocalTime arrival = arrivals.get(day).get();
                LocalTime departure = departures.get(day).get();
                if (arrival != null || departure != null) {
                    try {
                        week.put(day, new DailyHours(arrival, departure));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        throw Refusals.invalid("schedule", French.weekday(day) + "\u00a0: " + e.getMessage());
                    }
                }
            }
            return commission.preRegister().submit(actor, new PreRegisterChild.Command(new PreRegisterChild.ChildCommand(firstName,
                    lastName, birth.get(), expected.get(), childId), start.get(), week, answers, documents, applicant));
        }).then(view -> Pages.redirect(ctx, HOME + "/" + view.request().id(), "Pré-inscription " + FrenchText.of(view.request().firstName())
                + " enregistrée."))
                .orShow(errors -> form(ctx, Pages.context(ctx, "Pré-inscription en accueil régulier").withErrors(errors), form.values()));
    }

    private void show(Context ctx, NurseryRequestId id, PageContext page, Map<String, String> values) {
        Actor actor = requester(ctx);
        NurseryRequestView view = commission.readRequests().one(actor, id);
        List<Document> certificates = commission.documents().own(actor).stream()
                .filter(d -> d.kind() == DocumentKind.BIRTH_CERTIFICATE).toList();
        Pages.render(ctx, "commission/request.jte", page.withTitle("Pré-inscription " + FrenchText.of(view.request().firstName())),
                Map.of("view", view, "certificates", certificates, "values", values, "zone", zone, "today", LocalDate.now(commission.clock()),
                        "history", HistoryLine.of(view.request(), view.offers(), labels(commission), zone)));
    }

    /** Each criterion's French question by code, from every grid published (the latest wording wins), for the history. */
    static Map<String, String> labels(CommissionUseCases commission) {
        Map<String, String> labels = new HashMap<>();
        commission.readGrid().all().forEach(g -> g.criteria().forEach(c -> labels.put(c.code(), c.label())));
        return labels;
    }

    private void confirm(Context ctx) {
        Actor actor = requester(ctx);
        NurseryRequestId id = Web.pathId(ctx, "id", NurseryRequestId::parse);
        PageForm form = PageForm.of(ctx).fallback("confirmer");
        form.submit(() -> commission.confirm().confirm(actor, id))
                .then(session -> Pages.redirect(ctx, HOME + "/" + id, "Demande confirmée pour la commission du "
                        + French.date(session.date()) + "."))
                .orShow(errors -> show(ctx, id, Pages.context(ctx, "Ma pré-inscription").withErrors(errors), form.values()));
    }

    private void birth(Context ctx) {
        Actor actor = requester(ctx);
        NurseryRequestId id = Web.pathId(ctx, "id", NurseryRequestId::parse);
        PageForm form = PageForm.of(ctx).fields(Map.of("birthDate", "naissance", "documentId", "acte")).fallback("naissance");
        PageForm.Field<LocalDate> born = form.required("naissance", LocalDate.class, "Indiquez la date de naissance.");
        PageForm.Field<DocumentId> certificate = form.required("acte", DocumentId::parse, "Choisissez l'acte de naissance déposé.");
        form.submit(() -> commission.recordBirth().record(actor, id, born.get(), certificate.get()))
                .redirect(HOME + "/" + id, "Naissance enregistrée : la demande est en attente d'une place.")
                .orShow(errors -> show(ctx, id, Pages.context(ctx, "Ma pré-inscription").withErrors(errors), form.values()));
    }

    private void answer(Context ctx) {
        Actor actor = requester(ctx);
        OfferId id = Web.pathId(ctx, "id", OfferId::parse);
        boolean accept = "oui".equals(ctx.formParam("accepter"));
        NurseryRequestId request = NurseryRequestId.parse(String.valueOf(ctx.formParam("demande"))).orElseThrow(Refusals::notFound);
        PageForm form = PageForm.of(ctx).fallback("reponse");
        form.submit(() -> commission.answer().answer(actor, id, accept))
                .redirect(HOME + "/" + request, accept ? "Place acceptée : le contrat d'accueil régulier est créé."
                        : "Place refusée : votre demande reste en attente pour les prochaines commissions.")
                .orShow(errors -> show(ctx, request, Pages.context(ctx, "Ma pré-inscription").withErrors(errors), Map.of()));
    }
}
