package fr.espacefamille.adapter.http.family;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.ListCanteenAbsences;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.CancelOccasionalBooking;
import fr.espacefamille.application.nursery.ListOccasionalBookings;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Staff act for a family from its file (SPEC §3): a child's canteen days two weeks at a time with
 * « Réserver » / « Annuler » on each, the nursery's occasional bookings (book, cancel), and an
 * absence report for the canteen or the nursery, past days included. The same use cases as the
 * family's own pages run them, with the agent as the actor, so the audit log names the agent.
 */
public final class ActForFamilyPages implements Feature {

    /** What staff do for a family. */
    public record UseCases(FindFamily findFamily, ListDocuments documents, ReadCanteenDays canteenDays, BookCanteenDay bookMeal,
            CancelCanteenDay cancelMeal, ListCanteenAbsences canteenAbsences, ReportCanteenAbsence reportCanteenAbsence,
            ListOccasionalBookings nurseryBookings, BookOccasionalCare bookNursery, CancelOccasionalBooking cancelNursery,
            ListRegularContracts contracts, ReportNurseryAbsence reportNurseryAbsence, Clock clock) {
    }

    /** How many days of canteen the page shows at once. */
    static final int CANTEEN_DAYS = 14;

    private final UseCases u;

    public ActForFamilyPages(UseCases useCases) {
        this.u = useCases;
    }

    @Override
    public void register(RoutesConfig routes) {
        String child = FamilyHubPages.FAMILIES + "/{id}/enfants/{childId}";
        routes.get(child, ctx -> page(ctx, Pages.context(ctx, "Enfant"), Map.of()), Access.anyStaff());
        routes.post(child + "/cantine", this::meal, Access.staff(Role.SCHOOL_AGENT));
        routes.post(child + "/creche", this::bookNursery, Access.staff(Role.NURSERY_AGENT));
        routes.post(child + "/creche/{bookingId}/annuler", this::cancelNursery, Access.staff(Role.NURSERY_AGENT));
        // the use cases narrow by the service the form names
        routes.post(child + "/absence", this::absence, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
    }

    /** The family and its child named by the path: another family's child is not found. */
    private record Reached(Actor actor, Family family, Child child) {
        String page() {
            return FamilyHubPages.FAMILIES + "/" + family.id() + "/enfants/" + child.id();
        }
    }

    private Reached reach(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Family family = u.findFamily().byId(actor, Web.pathId(ctx, "id", FamilyId::parse));
        Child child = family.child(Web.pathId(ctx, "childId", ChildId::parse)).orElseThrow(Refusals::notFound);
        return new Reached(actor, family, child);
    }

    private LocalDate today() {
        return LocalDate.now(u.clock());
    }

    /** The Monday of the fortnight shown: {@code du} when given, else this week's. */
    private LocalDate from(String du) {
        LocalDate day = today();
        if (du != null) {
            try {
                day = LocalDate.parse(du);
            } catch (java.time.format.DateTimeParseException e) {
                throw Refusals.notFound();
            }
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void page(Context ctx, PageContext page, Map<String, String> values) {
        Reached r = reach(ctx);
        LocalDate from = from(ctx.queryParam("du") != null ? ctx.queryParam("du") : values.get("du"));
        Map<String, Object> model = new HashMap<>();
        model.put("family", r.family());
        model.put("child", r.child());
        model.put("base", r.page());
        model.put("from", from);
        model.put("today", today());
        boolean canteen = r.actor().role().mayActAs(Role.SCHOOL_AGENT);
        boolean nursery = r.actor().role().mayActAs(Role.NURSERY_AGENT);
        LocalDate to = from.plusDays(CANTEEN_DAYS - 1);
        List<ReadCanteenDays.Day> days = canteen && u.canteenDays().enrolledDuring(r.actor(), r.child().id(), from, to)
                ? u.canteenDays().read(r.actor(), r.child().id(), from, to).stream().filter(d -> d.status() != CanteenDayStatus.NO_SERVICE).toList()
                : List.of();
        model.put("canteen", canteen);
        model.put("days", days);
        model.put("canteenAbsences", canteen ? u.canteenAbsences().of(r.actor(), r.child().id()) : List.of());
        model.put("nursery", nursery);
        model.put("bookings", nursery ? u.nurseryBookings().of(r.actor(), r.child().id()).stream()
                .filter(b -> !b.booking().slot().date().isBefore(today().minusDays(31))).toList() : List.of());
        model.put("contracts", nursery ? u.contracts().ofChild(r.actor(), r.child().id()) : List.of());
        model.put("certificates", u.documents().of(r.actor(), r.family().id()).stream()
                .filter(d -> d.kind() == DocumentKind.MEDICAL_CERTIFICATE).toList());
        Map<String, String> shown = new HashMap<>(Map.of("from", today().toString(), "to", today().toString(),
                "date", today().plusDays(1).toString()));
        shown.putAll(values);
        model.put("values", shown);
        model.put("zone", u.clock().getZone());
        model.put("now", u.clock().instant());
        Pages.render(ctx, "family/act.jte", page.withTitle(r.child().fullName() + ", foyer " + r.family().name()), model);
    }

    private void meal(Context ctx) {
        Reached r = reach(ctx);
        PageForm form = PageForm.of(ctx).fallback("canteen");
        PageForm.Field<LocalDate> day = form.required("date", LocalDate.class, "Choisissez le jour.");
        boolean book = "book".equals(form.text("action"));
        String back = r.page() + "?du=" + from(form.text("du"));
        form.submit(() -> book ? u.bookMeal().book(r.actor(), new BookCanteenDay.Command(r.child().id(), day.get()))
                        : u.cancelMeal().cancel(r.actor(), new CancelCanteenDay.Command(r.child().id(), day.get())))
                .then(done -> Pages.redirect(ctx, back, (book ? "Repas réservé pour " : "Repas annulé pour ") + r.child().firstName()
                        + " le " + FrenchText.date(day.get()) + "."))
                .orShow(errors -> page(ctx, Pages.context(ctx, "Enfant").withErrors(errors), form.values()));
    }

    private void bookNursery(Context ctx) {
        Reached r = reach(ctx);
        PageForm form = PageForm.of(ctx).fallback("date");
        PageForm.Field<LocalDate> day = form.required("date", LocalDate.class, "Choisissez le jour.");
        PageForm.Field<HalfDay> period = form.required("period", HalfDay.class, "Choisissez le matin ou l'après-midi.");
        form.submit(() -> u.bookNursery().book(r.actor(), new BookOccasionalCare.Command(r.child().id(), day.get(), period.get())))
                .then(view -> Pages.redirect(ctx, r.page(), view.booking().isWaiting()
                        ? "Plus de place\u00a0: la demande " + FrenchText.of(r.child().firstName()) + " est au rang " + view.waitlistPosition()
                                + " de la liste d'attente."
                        : "Accueil " + FrenchText.of(r.child().firstName()) + " confirmé le " + FrenchText.date(day.get()) + " ("
                                + period.get().french() + ")."))
                .orShow(errors -> page(ctx, Pages.context(ctx, "Enfant").withErrors(errors), form.values()));
    }

    private void cancelNursery(Context ctx) {
        Reached r = reach(ctx);
        BookingId booking = Web.pathId(ctx, "bookingId", BookingId::parse);
        PageForm form = PageForm.of(ctx).fallback("bookings");
        form.submit(() -> u.cancelNursery().cancel(r.actor(), r.child().id(), booking))
                .then(cancelled -> Pages.redirect(ctx, r.page(), "Réservation annulée" + (cancelled.billed()
                        ? "\u00a0: moins de 48 heures avant l'accueil, elle reste facturée." : " sans frais.")))
                .orShow(errors -> page(ctx, Pages.context(ctx, "Enfant").withErrors(errors), form.values()));
    }

    private void absence(Context ctx) {
        Reached r = reach(ctx);
        PageForm form = PageForm.of(ctx).field("period", "from").field("documentId", "certificate").field("certificate", "certificate")
                .fallback("from");
        String service = form.text("service");
        PageForm.Field<LocalDate> from = form.required("from", LocalDate.class, "Indiquez le premier jour d'absence.");
        PageForm.Field<LocalDate> to = form.required("to", LocalDate.class, "Indiquez le dernier jour d'absence.");
        PageForm.Field<String> reason = form.required("reason", "Choisissez le motif.");
        PageForm.Field<DocumentId> certificate = form.optional("certificate", DocumentId::parse, "Choisissez un certificat de la liste.");
        if (!"CANTEEN".equals(service) && !"NURSERY".equals(service)) {
            form.error("service", "Choisissez la cantine ou le multi-accueil.");
        }
        if ("CANTEEN".equals(service) && "CONGES".equals(form.text("reason"))) {
            form.error("reason", "Les congés ne concernent que le multi-accueil.");
        }
        form.submit(() -> "CANTEEN".equals(service)
                        ? u.reportCanteenAbsence().report(r.actor(), new ReportCanteenAbsence.Command(r.child().id(), from.get(),
                                to.get(), AbsenceReason.valueOf(reason.get()), certificate.get())).cancelled()
                        : u.reportNurseryAbsence().report(r.actor(), new ReportNurseryAbsence.Command(r.child().id(), from.get(),
                                to.get(), NurseryAbsenceReason.valueOf(reason.get()), certificate.get())).cancelled())
                .then(told -> Pages.redirect(ctx, r.page(), "Absence " + FrenchText.of(r.child().firstName()) + " enregistrée" + describe(told) + "."))
                .orShow(errors -> page(ctx, Pages.context(ctx, "Enfant").withErrors(errors), form.values()));
    }

    /** The days simply cancelled because their deadline had not passed (SPEC §2). */
    private static String describe(List<LocalDate> cancelled) {
        return cancelled.isEmpty() ? "" : "\u00a0; " + FrenchText.count(cancelled.size(), "réservation annulée", "réservations annulées")
                + " sans frais";
    }
}
