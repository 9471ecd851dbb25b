package fr.espacefamille.adapter.http.nursery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.application.nursery.ListNurseryAbsences;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.SlotOccupancy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The parents' « Multi-accueil » pages: the coming four weeks' slots to book for a child, the
 * child's requests with their waiting position, cancelling (with the warning when it will be
 * billed), and reporting an absence of a child under contract.
 */
public final class NurseryPages implements Feature {

    static final String HOME = "/espace/creche";

    private final NurseryUseCases nursery;

    public NurseryPages(NurseryUseCases nursery) {
        this.nursery = nursery;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOME, ctx -> home(ctx, Pages.context(ctx, Pages.settings(ctx).town().nurseryTitle()), 200));
        routes.post(HOME + "/reservations", this::book);
        routes.get(HOME + "/reservations/{bookingId}/annuler", this::confirmCancel);
        routes.post(HOME + "/reservations/{bookingId}/annuler", this::cancel);
        routes.get(HOME + "/absence", ctx -> absenceForm(ctx, Pages.context(ctx, "Signaler une absence"), Map.of(), 200));
        routes.post(HOME + "/absence", this::reportAbsence);
    }

    /** A child of the family with what the nursery knows of it. */
    public record ChildCare(Child child, boolean occasional, boolean regular) {
        public boolean any() {
            return occasional || regular;
        }
    }

    /** One day of the booking table. */
    public record DayRow(LocalDate date, Map<HalfDay, SlotOccupancy> slots) {
    }

    private List<ChildCare> care(Family family, LocalDate today) {
        return family.children().stream().map(child -> {
            List<Enrolment> enrolments = nursery.enrolments().ofChild(child.id()).stream().filter(e -> !e.to().isBefore(today)).toList();
            return new ChildCare(child, enrolments.stream().anyMatch(e -> e.service() == ChildService.NURSERY_OCCASIONAL),
                    enrolments.stream().anyMatch(e -> e.service() == ChildService.NURSERY_REGULAR));
        }).toList();
    }

    /** The child named by {@code enfant}, else the first one the nursery knows, else the first one. */
    private static ChildCare selected(List<ChildCare> children, String wanted) {
        return children.stream().filter(c -> c.child().id().toString().equals(wanted)).findFirst()
                .or(() -> children.stream().filter(ChildCare::any).findFirst())
                .orElseGet(() -> children.stream().findFirst().orElseThrow(Refusals::notFound));
    }

    private void home(Context ctx, PageContext page, int status) {
        Actor actor = Pages.actor(ctx);
        Family family = nursery.findFamily().own(actor);
        LocalDate today = LocalDate.now(nursery.clock());
        List<ChildCare> children = care(family, today);
        ChildCare chosen = selected(children, ctx.queryParam("enfant") != null ? ctx.queryParam("enfant") : ctx.formParam("enfant"));
        List<BookingView> bookings = nursery.bookings().of(actor, chosen.child().id());
        List<RegularContract> contracts = nursery.contracts().ofChild(actor, chosen.child().id());
        Map<Slot, BookingView> held = new HashMap<>();
        bookings.stream().filter(v -> v.booking().isActive()).forEach(v -> held.put(v.booking().slot(), v));
        Map<LocalDate, DayRow> days = new LinkedHashMap<>();
        List<Slot> underContract = new ArrayList<>();
        for (SlotOccupancy slot : nursery.slots().between(actor, BookingWindow.first(today), BookingWindow.last(today))) {
            days.computeIfAbsent(slot.slot().date(), d -> new DayRow(d, new LinkedHashMap<>())).slots().put(slot.slot().period(), slot);
            if (contracts.stream().anyMatch(c -> c.occupies(slot.slot()))) {
                underContract.add(slot.slot());
            }
        }
        List<LocalDate> bookable = new ArrayList<>();
        days.keySet().forEach(date -> {
            if (nursery.enrolments().covering(chosen.child().id(), ChildService.NURSERY_OCCASIONAL, date).isPresent()) {
                bookable.add(date);
            }
        });
        List<BookingView> coming = bookings.stream().filter(v -> !v.booking().slot().date().isBefore(today))
                .sorted(Comparator.comparing(v -> v.booking().slot())).toList();
        ctx.status(status);
        Pages.render(ctx, "nursery/home.jte", page, Map.of("children", children, "chosen", chosen, "days", List.copyOf(days.values()),
                "held", held, "underContract", underContract, "bookable", bookable, "coming", coming, "now", nursery.clock().instant(), "zone", nursery.clock().getZone()));
    }

    private ChildId childParam(Context ctx) {
        return ChildId.parse(ctx.formParam("enfant")).orElseThrow(Refusals::notFound);
    }

    private void book(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = childParam(ctx);
        LocalDate date;
        HalfDay period;
        try {
            date = LocalDate.parse(String.valueOf(ctx.formParam("date")));
            period = HalfDay.valueOf(String.valueOf(ctx.formParam("period")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            home(ctx, Pages.context(ctx, Pages.settings(ctx).town().nurseryTitle()).withErrors(
                    List.of(new FieldError("creneaux", "Choisissez un créneau dans le tableau."))), 400);
            return;
        }
        String when = French.date(date) + " (" + period.french() + ")";
        PageForm.of(ctx).field("date", "creneaux").field("period", "creneaux").fallback("creneaux")
                .submit(() -> nursery.book().book(actor, new BookOccasionalCare.Command(child, date, period)))
                .then(view -> Pages.redirect(ctx, HOME + "?enfant=" + child, view.booking().isConfirmed()
                        ? "Accueil réservé le " + when + "."
                        : "Plus de place le " + when + " : votre demande est en liste d'attente, position " + view.waitlistPosition()
                                + ". Vous serez prévenu par courriel si une place se libère."))
                .orShow(errors -> home(ctx, Pages.context(ctx, Pages.settings(ctx).town().nurseryTitle()).withErrors(errors), 422));
    }

    private BookingView ownBooking(Actor actor, ChildId child, BookingId id) {
        return nursery.bookings().of(actor, child).stream().filter(v -> v.booking().id().equals(id)).findFirst()
                .orElseThrow(Refusals::notFound);
    }

    private void confirmCancel(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = ChildId.parse(ctx.queryParam("enfant")).orElseThrow(Refusals::notFound);
        BookingId id = Web.pathId(ctx, "bookingId", BookingId::parse);
        BookingView view = ownBooking(actor, child, id);
        boolean billed = view.booking().isConfirmed()
                && nursery.clock().instant().isAfter(view.booking().freeCancellationUntil(nursery.clock().getZone()));
        Pages.render(ctx, "nursery/cancel.jte", Pages.context(ctx, "Annuler un accueil"), Map.of("view", view, "billed", billed,
                "child", child.toString()));
    }

    private void cancel(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = childParam(ctx);
        BookingId id = Web.pathId(ctx, "bookingId", BookingId::parse);
        PageForm.of(ctx).submit(() -> nursery.cancel().cancel(actor, child, id))
                .then(cancelled -> Pages.redirect(ctx, HOME + "?enfant=" + child, cancelled.billed()
                        ? "Accueil annulé. L'annulation intervenant moins de 48 heures avant, il vous sera facturé."
                        : "Accueil annulé, sans frais."))
                .orRedirect(HOME + "?enfant=" + child);
    }

    private void absenceForm(Context ctx, PageContext page, Map<String, String> values, int status) {
        Actor actor = Pages.actor(ctx);
        Family family = nursery.findFamily().own(actor);
        LocalDate today = LocalDate.now(nursery.clock());
        List<ChildCare> cared = care(family, today);
        Map<String, String> shown = new HashMap<>(values);
        shown.putIfAbsent("enfant", Optional.ofNullable(ctx.queryParam("enfant")).orElse(""));
        shown.putIfAbsent("from", today.toString());
        shown.putIfAbsent("to", today.toString());
        Map<ChildCare, List<ListNurseryAbsences.Reported>> past = new LinkedHashMap<>();
        cared.stream().filter(ChildCare::regular).forEach(c -> past.put(c, nursery.absences().of(actor, c.child().id())));
        ctx.status(status);
        Pages.render(ctx, "nursery/absence.jte", page, Map.of("children", cared,
                "reasons", NurseryAbsenceReason.values(), "values", shown, "past", past));
    }

    private void reportAbsence(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("from").field("documentId", AbsenceCertificate.FIELD);
        PageForm.Field<ChildId> child = form.required("enfant", ChildId::parse, "Choisissez l'enfant.");
        PageForm.Field<LocalDate> from = form.required("from", LocalDate.class, "Indiquez le premier jour d'absence.");
        PageForm.Field<LocalDate> to = form.required("to", LocalDate.class, "Indiquez le dernier jour d'absence.");
        PageForm.Field<NurseryAbsenceReason> reason = form.required("reason", NurseryAbsenceReason.class, "Choisissez le motif de l'absence.");
        form.submit(() -> {
                    DocumentId certificate = nursery.certificates().upload(ctx, actor,
                            reason.get() == NurseryAbsenceReason.ILLNESS ? DocumentKind.MEDICAL_CERTIFICATE : DocumentKind.OTHER);
                    return nursery.certificates().report(actor, certificate, () -> nursery.reportAbsence().report(actor,
                            new ReportNurseryAbsence.Command(child.get(), from.get(), to.get(), reason.get(), certificate)));
                })
                .then(result -> Pages.redirect(ctx, HOME + "?enfant=" + child.get(), NurseryLabels.absenceReported(result)))
                .orShow(errors -> absenceForm(ctx, Pages.context(ctx, "Signaler une absence").withErrors(errors), form.values(), 422));
    }
}
