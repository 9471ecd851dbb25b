package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.RequestBatcher;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.NurseryAge;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.WaitingList;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A parent (or nursery staff for them) asks for occasional care in a slot: confirmed while places
 * remain, else put on the slot's waiting list, first come, first served. Requests for a slot that
 * arrive together (the 8:00 rush) are decided together, in one transaction holding the slot's lock.
 */
public final class BookOccasionalCare {

    public record Command(ChildId child, LocalDate date, HalfDay period) {
    }

    static final Refusal OUTSIDE_WINDOW = Refusal.rule("OUTSIDE_BOOKING_WINDOW",
            "L'accueil occasionnel se réserve du lendemain jusqu'à 28 jours à l'avance.");
    static final Refusal CLOSED = Refusal.rule("NURSERY_CLOSED", "Le multi-accueil est fermé ce jour-là.");
    static final Refusal NOT_ENROLLED = Refusal.rule("NOT_ENROLLED",
            "L'enfant n'est pas inscrit à l'accueil occasionnel à cette date.");
    static final Refusal ALREADY_BOOKED = Refusal.conflict("ALREADY_BOOKED",
            "L'enfant a déjà une place ou une demande en attente sur ce créneau.");

    private final Families families;
    private final Enrolments enrolments;
    private final NurserySettingsStore settings;
    private final NurserySlots slots;
    private final OccasionalBookings bookings;
    private final SlotLedger ledger;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;
    private final RequestBatcher<Slot, Request, Decision> requests = new RequestBatcher<>(this::decide);

    public BookOccasionalCare(NurseryStores stores, Transactions transactions, Audit audit, Clock clock) {
        this.families = stores.families();
        this.enrolments = stores.enrolments();
        this.settings = stores.settings();
        this.slots = stores.slots();
        this.bookings = stores.bookings();
        this.ledger = stores.ledger();
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public BookingView book(Actor actor, Command command) {
        NurseryAccess.requireParentOrNurseryStaff(actor);
        return requests.submit(new Slot(command.date(), command.period()), new Request(actor, command.child())).orThrow();
    }

    /**
     * Asks as {@link #book} does without waiting for the answer, which completes (with the booking, or
     * exceptionally with the refusal) once the request's batch is decided: a crowd asking at once holds
     * no thread apiece while its batches run.
     */
    public CompletableFuture<BookingView> ask(Actor actor, Command command) {
        NurseryAccess.requireParentOrNurseryStaff(actor);
        return requests.offer(new Slot(command.date(), command.period()), new Request(actor, command.child())).thenApply(Decision::orThrow);
    }

    private record Request(Actor actor, ChildId child) {
    }

    /** One request's answer within its batch: the others go on when it is refused. */
    private record Decision(BookingView booking, Refusal refusal) {
        BookingView orThrow() {
            if (refusal != null) {
                throw Refusals.refuse(refusal);
            }
            return booking;
        }
    }

    /**
     * Decides, in arrival order and in one transaction under the slot's lock, the requests for one
     * slot that arrived together. Each is checked as if alone — the child reachable by its actor and
     * of age on that day, the slot in the booking window and open, the child registered that day, not already holding
     * the slot — then the slot's {@link WaitingList} confirms or queues those that pass; a refused
     * request is refused alone, the others go on.
     */
    private List<Decision> decide(Slot slot, List<Request> batch) {
        return transactions.inTransaction(() -> {
            Set<ChildId> children = batch.stream().map(Request::child).collect(Collectors.toSet());
            // one reading for the batch: reading each family whole cost the rush five round trips a request
            Map<ChildId, Families.ChildFacts> facts = families.factsOf(children);
            boolean inWindow = BookingWindow.contains(slot.date(), LocalDate.now(clock));
            slots.lock(slot);
            // everything below is read under the lock: what was read before it may be stale
            NurserySettings current = settings.current();
            Set<ChildId> registered = enrolments.enrolledAmong(children, ChildService.NURSERY_OCCASIONAL, slot.date());
            List<OccasionalBooking> inSlot = bookings.inSlot(slot);
            List<RegularContract> present = ledger.present(slot);
            Set<ChildId> holding = new HashSet<>();
            inSlot.stream().filter(OccasionalBooking::isActive).forEach(b -> holding.add(b.child()));
            present.forEach(c -> holding.add(c.child()));

            List<Decision> outcomes = new ArrayList<>();
            List<Integer> accepted = new ArrayList<>();
            for (Request request : batch) {
                Families.ChildFacts child = facts.get(request.child());
                Refusal refusal = child == null || !request.actor().mayReach(child.family()) ? Refusals.NOT_FOUND
                        : !NurseryAge.admits(child.birthDate(), slot.date(), child.disabledChild()) ? NurseryAge.AGE_OUT_OF_RANGE
                        : !inWindow ? OUTSIDE_WINDOW
                        : !current.isOpen(slot.date()) ? CLOSED
                        : !registered.contains(request.child()) ? NOT_ENROLLED
                        : !holding.add(request.child()) ? ALREADY_BOOKED
                        : null;
                outcomes.add(refusal == null ? null : new Decision(null, refusal));
                if (refusal == null) {
                    accepted.add(outcomes.size() - 1);
                }
            }
            long queueNumber = accepted.isEmpty() ? 0 : slots.takeQueueNumbers(slot, accepted.size());
            List<WaitingList.Admitted> admitted = WaitingList.of(slot, current, present, inSlot)
                    .admit(accepted.stream().map(i -> batch.get(i).child()).toList(), queueNumber, clock.instant());
            List<OccasionalBooking> added = new ArrayList<>();
            List<Audit.Change> changes = new ArrayList<>();
            for (int i = 0; i < accepted.size(); i++) {
                OccasionalBooking booking = admitted.get(i).booking();
                added.add(booking);
                changes.add(new Audit.Change(batch.get(accepted.get(i)).actor(), "NURSERY_BOOKING_REQUESTED", booking.id(), null,
                        AuditJson.of("child", booking.child(), "slot", slot, "status", booking.status())));
                outcomes.set(accepted.get(i), new Decision(new BookingView(booking, admitted.get(i).position()), null));
            }
            bookings.addAll(added);
            audit.recordAll(changes);
            return outcomes;
        });
    }
}
