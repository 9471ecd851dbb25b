package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.THURSDAY;
import static fr.espacefamille.application.nursery.NurseryWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.RefusedException;

class BookOccasionalCareTest {

    private final NurseryWorld world = new NurseryWorld();

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        return "accepted";
    }

    @Test
    void confirms_while_places_remain_then_waitlists_first_come_first_served() {
        world.places(2);
        List<Household> households = List.of(world.occasionalFamily("Martin"), world.occasionalFamily("Nguyen"),
                world.occasionalFamily("Durand"), world.occasionalFamily("Petit"));

        List<BookingView> answers = households.stream().map(h -> world.book(h, THURSDAY, HalfDay.MORNING)).toList();

        assertThat(answers).extracting(a -> a.booking().status())
                .containsExactly(OccasionalBookingStatus.CONFIRMED, OccasionalBookingStatus.CONFIRMED, OccasionalBookingStatus.WAITLISTED, OccasionalBookingStatus.WAITLISTED);
        assertThat(answers).extracting(BookingView::waitlistPosition).containsExactly(null, null, 1, 2);
        assertThat(world.listSlots.between(world.agent, THURSDAY, THURSDAY))
                .extracting(s -> s.slot().period() + ":" + s.available()).containsExactly("MORNING:0", "AFTERNOON:2");
    }

    @Test
    void the_window_runs_from_tomorrow_to_today_plus_28_days() {
        Household martin = world.occasionalFamily("Martin");
        assertThat(code(() -> world.book(martin, TODAY, HalfDay.AFTERNOON))).isEqualTo("OUTSIDE_BOOKING_WINDOW");
        assertThat(code(() -> world.book(martin, TODAY.plusDays(1), HalfDay.MORNING))).isEqualTo("accepted");
        assertThat(code(() -> world.book(martin, TODAY.plusDays(28), HalfDay.MORNING))).as("Tuesday 29 September").isEqualTo("accepted");
        assertThat(code(() -> world.book(martin, TODAY.plusDays(29), HalfDay.MORNING))).isEqualTo("OUTSIDE_BOOKING_WINDOW");
    }

    @Test
    void refuses_weekends_closures_and_public_holidays() {
        world.places(20, LocalDate.of(2026, 9, 11));
        Household martin = world.occasionalFamily("Martin");
        assertThat(code(() -> world.book(martin, LocalDate.of(2026, 9, 12), HalfDay.MORNING))).isEqualTo("NURSERY_CLOSED");
        assertThat(code(() -> world.book(martin, LocalDate.of(2026, 9, 11), HalfDay.MORNING))).isEqualTo("NURSERY_CLOSED");
        world.at("2026-10-20T08:00:00+02:00");
        assertThat(code(() -> world.book(martin, LocalDate.of(2026, 11, 11), HalfDay.MORNING))).as("Armistice").isEqualTo("NURSERY_CLOSED");
    }

    @Test
    void refuses_a_child_not_registered_for_occasional_care_that_day() {
        Household unregistered = world.family("Martin");
        assertThat(code(() -> world.book(unregistered, THURSDAY, HalfDay.MORNING))).isEqualTo("NOT_ENROLLED");
        Household shortRegistration = world.family("Nguyen");
        world.registerOccasional.register(world.agent, new RegisterOccasionalCare.Command(shortRegistration.childId(), TODAY, THURSDAY.minusDays(1)));
        assertThat(code(() -> world.book(shortRegistration, THURSDAY, HalfDay.MORNING))).isEqualTo("NOT_ENROLLED");
        assertThat(code(() -> world.book(shortRegistration, THURSDAY.minusDays(1), HalfDay.MORNING))).isEqualTo("accepted");
    }

    @Test
    void refuses_a_second_request_for_the_same_slot_confirmed_or_waiting() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        world.book(martin, THURSDAY, HalfDay.MORNING);
        world.book(nguyen, THURSDAY, HalfDay.MORNING);
        assertThat(code(() -> world.book(martin, THURSDAY, HalfDay.MORNING))).isEqualTo("ALREADY_BOOKED");
        assertThat(code(() -> world.book(nguyen, THURSDAY, HalfDay.MORNING))).isEqualTo("ALREADY_BOOKED");
        assertThat(code(() -> world.book(martin, THURSDAY, HalfDay.AFTERNOON))).isEqualTo("accepted");
    }

    @Test
    void refuses_a_child_out_of_age_that_day_before_the_window_and_closures_and_a_disabled_child_until_6() {
        LocalDate fourthBirthday = LocalDate.of(2026, 9, 15);
        Household lea = world.registeredOccasional(world.family("Martin", fourthBirthday.minusYears(4), false));
        Household disabled = world.registeredOccasional(world.family("Nguyen", fourthBirthday.minusYears(4), true));

        assertThat(code(() -> world.book(lea, fourthBirthday.minusDays(1), HalfDay.MORNING))).as("the day before").isEqualTo("accepted");
        assertThat(code(() -> world.book(lea, fourthBirthday, HalfDay.MORNING))).isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(code(() -> world.book(lea, LocalDate.of(2026, 9, 19), HalfDay.MORNING))).as("a Saturday").isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(code(() -> world.book(lea, LocalDate.of(2026, 10, 5), HalfDay.MORNING))).as("past the window").isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(code(() -> world.book(disabled, fourthBirthday, HalfDay.MORNING))).isEqualTo("accepted");
        assertThat(code(() -> world.book.book(disabled.parent(), new BookOccasionalCare.Command(lea.childId(), fourthBirthday, HalfDay.MORNING))))
                .as("another family's child is not found, whatever its age").isEqualTo("NOT_FOUND");
    }

    @Test
    // should a request not wait where expected, fail instead of spinning for ever
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_child_out_of_age_is_refused_alone_within_its_batch() throws Exception {
        world.places(1);
        LocalDate fourthBirthday = THURSDAY.minusDays(1);
        Household tooOld = world.registeredOccasional(world.family("Martin", fourthBirthday.minusYears(4), false));
        List<Household> others = List.of(world.occasionalFamily("Nguyen"), world.occasionalFamily("Durand"), world.occasionalFamily("Petit"));
        List<Household> requests = List.of(others.get(0), tooOld, others.get(1), others.get(2));
        List<String> codes = new ArrayList<>(List.of("", "", "", ""));
        List<Thread> parents = new ArrayList<>();
        // while the test holds the stores' transaction, the first request waits for it and the others queue behind it,
        // one after another: they are then decided as one batch, in that order
        world.tx.inTransaction(() -> {
            for (int i = 0; i < requests.size(); i++) {
                int n = i;
                Thread parent = new Thread(() -> codes.set(n, code(() -> world.book(requests.get(n), THURSDAY, HalfDay.MORNING))));
                parents.add(parent);
                parent.start();
                while (parent.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                }
            }
            return null;
        });
        for (Thread parent : parents) {
            parent.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(codes).containsExactly("accepted", "AGE_OUT_OF_RANGE", "accepted", "accepted");
        assertThat(others.stream().map(h -> world.listBookings.of(h.parent(), h.childId()).get(0).waitlistPosition()))
                .as("the batch behind the first request queues in arrival order, the refused one taking no place").containsExactly(null, 1, 2);
        assertThat(world.listBookings.of(tooOld.parent(), tooOld.childId())).isEmpty();
    }

    @Test
    void a_rush_of_requests_arriving_together_fills_the_places_then_queues_everyone_else_without_gap() throws Exception {
        world.places(5);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            households.add(world.occasionalFamily("Famille" + i));
        }
        ExecutorService parents = Executors.newFixedThreadPool(30);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Household household : households) {
                answers.add(parents.submit(() -> code(() -> world.book(household, THURSDAY, HalfDay.MORNING))));
            }
            // the same child twice in the rush: one of its two requests is refused, the other counts
            Household twice = households.get(0);
            answers.add(parents.submit(() -> code(() -> world.book(twice, THURSDAY, HalfDay.MORNING))));
            // refused alone, whatever batch they land in: a child not registered, another family's child
            Household unregistered = world.family("Sans-Inscription");
            answers.add(parents.submit(() -> code(() -> world.book(unregistered, THURSDAY, HalfDay.MORNING))));
            Household intruder = households.get(1);
            answers.add(parents.submit(() -> code(() -> world.book.book(intruder.parent(),
                    new BookOccasionalCare.Command(households.get(2).childId(), THURSDAY, HalfDay.MORNING)))));
            List<String> codes = new ArrayList<>();
            for (Future<String> answer : answers) {
                codes.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(codes).filteredOn("ALREADY_BOOKED"::equals).hasSize(1);
            assertThat(codes).filteredOn("NOT_ENROLLED"::equals).hasSize(1);
            assertThat(codes).filteredOn("NOT_FOUND"::equals).hasSize(1);
            assertThat(codes).filteredOn("accepted"::equals).hasSize(60);
        } finally {
            parents.shutdownNow();
        }
        List<BookingView> slot = households.stream().flatMap(h -> world.listBookings.of(h.parent(), h.childId()).stream()).toList();
        assertThat(slot).hasSize(60);
        assertThat(slot).filteredOn(v -> v.booking().isConfirmed()).hasSize(5);
        assertThat(slot).filteredOn(v -> v.booking().isWaiting()).extracting(BookingView::waitlistPosition)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 55).boxed().toList());
        assertThat(slot).extracting(v -> v.booking().queueNumber()).doesNotHaveDuplicates();
        assertThat(world.waitingLists.coming(world.agent).get(new Slot(THURSDAY, HalfDay.MORNING))).hasSize(55);
    }

    @Test
    void requests_asked_without_waiting_are_decided_like_waited_ones_and_a_refusal_completes_the_answer_exceptionally() throws Exception {
        world.places(5);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            households.add(world.occasionalFamily("Famille" + i));
        }
        ExecutorService parents = Executors.newFixedThreadPool(20);
        try {
            // half ask without waiting (the API), half wait for their answer (the pages), all at once
            List<Future<CompletableFuture<BookingView>>> asked = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                Household household = households.get(i);
                BookOccasionalCare.Command command = new BookOccasionalCare.Command(household.childId(), THURSDAY, HalfDay.MORNING);
                asked.add(parents.submit(() -> household.childId().hashCode() % 2 == 0 ? world.book.ask(household.parent(), command)
                        : CompletableFuture.completedFuture(world.book.book(household.parent(), command))));
            }
            CompletableFuture<BookingView> intruder = world.book.ask(households.get(1).parent(),
                    new BookOccasionalCare.Command(households.get(2).childId(), THURSDAY, HalfDay.MORNING));
            List<BookingView> answers = new ArrayList<>();
            for (Future<CompletableFuture<BookingView>> answer : asked) {
                answers.add(answer.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(v -> v.booking().isConfirmed()).hasSize(5);
            assertThat(answers).filteredOn(v -> v.booking().isWaiting()).extracting(BookingView::waitlistPosition)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 35).boxed().toList());
            assertThatThrownBy(() -> intruder.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(RefusedException.class)
                    .cause().hasMessageStartingWith("NOT_FOUND");
        } finally {
            parents.shutdownNow();
        }
        assertThatThrownBy(() -> world.book.ask(world.schoolAgent, new BookOccasionalCare.Command(households.get(0).childId(), THURSDAY,
                HalfDay.AFTERNOON))).as("other staff are refused before anything is queued").hasMessageStartingWith("FORBIDDEN");
    }

    @Test
    void a_cancelled_request_may_be_made_again_and_queues_anew() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        world.book(martin, THURSDAY, HalfDay.MORNING);
        BookingView waiting = world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.cancel.cancel(nguyen.parent(), nguyen.childId(), waiting.booking().id());
        BookingView again = world.book(nguyen, THURSDAY, HalfDay.MORNING);
        assertThat(again.waitlistPosition()).isEqualTo(1);
        assertThat(again.booking().queueNumber()).isEqualTo(3);
    }

    @Test
    void a_regular_child_already_holds_the_slots_of_its_contract() {
        Household martin = world.occasionalFamily("Martin");
        world.fullTimeContract(martin);
        assertThat(code(() -> world.book(martin, THURSDAY, HalfDay.MORNING))).isEqualTo("ALREADY_BOOKED");
    }

    @Test
    void contracts_present_in_a_slot_take_its_places() {
        world.places(2);
        world.fullTimeContract(world.family("Martin"));
        Household nguyen = world.occasionalFamily("Nguyen");
        Household durand = world.occasionalFamily("Durand");
        assertThat(world.book(nguyen, THURSDAY, HalfDay.MORNING).booking().status()).isEqualTo(OccasionalBookingStatus.CONFIRMED);
        assertThat(world.book(durand, THURSDAY, HalfDay.MORNING).booking().status()).isEqualTo(OccasionalBookingStatus.WAITLISTED);
    }

    @Test
    void another_family_s_child_is_not_found_and_other_staff_are_forbidden() {
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        assertThatThrownBy(() -> world.book.book(nguyen.parent(), new BookOccasionalCare.Command(martin.childId(), THURSDAY, HalfDay.MORNING)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("NOT_FOUND");
        assertThatThrownBy(() -> world.book.book(world.schoolAgent, new BookOccasionalCare.Command(martin.childId(), THURSDAY, HalfDay.MORNING)))
                .hasMessageStartingWith("FORBIDDEN");
        assertThat(world.book.book(world.agent, new BookOccasionalCare.Command(martin.childId(), THURSDAY, HalfDay.MORNING))
                .booking().status()).as("nursery staff book for a family").isEqualTo(OccasionalBookingStatus.CONFIRMED);
    }

    @Test
    void every_request_is_audited() {
        Household martin = world.occasionalFamily("Martin");
        BookingView view = world.book(martin, THURSDAY, HalfDay.MORNING);
        assertThat(world.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("NURSERY_BOOKING_REQUESTED");
            assertThat(e.actor()).isEqualTo("martin");
            assertThat(e.target()).isEqualTo(view.booking().id().toString());
        });
    }

    @Test
    void lists_the_child_s_bookings_with_their_current_status() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        world.book(martin, THURSDAY, HalfDay.MORNING);
        world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.book(nguyen, THURSDAY, HalfDay.AFTERNOON);

        assertThat(world.listBookings.of(nguyen.parent(), nguyen.childId()))
                .extracting(v -> v.booking().slot().period() + ":" + v.booking().status() + ":" + v.waitlistPosition())
                .containsExactly("MORNING:WAITLISTED:1", "AFTERNOON:CONFIRMED:null");
        assertThatThrownBy(() -> world.listBookings.of(martin.parent(), nguyen.childId())).hasMessageStartingWith("NOT_FOUND");
    }
}
