package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;

class CancelOccasionalBookingTest {

    private final NurseryWorld world = new NurseryWorld();

    private OccasionalBooking cancel(Household household, BookingView view) {
        return world.cancel.cancel(household.parent(), household.childId(), view.booking().id());
    }

    @Test
    void is_free_up_to_48_hours_before_the_slot_starts_and_billed_after() {
        Household martin = world.occasionalFamily("Martin");
        BookingView morning = world.book(martin, THURSDAY, HalfDay.MORNING);
        BookingView afternoon = world.book(martin, THURSDAY, HalfDay.AFTERNOON);

        world.at("2026-09-08T07:30:00+02:00");
        OccasionalBooking free = cancel(martin, morning);
        world.at("2026-09-08T12:31:00+02:00");
        OccasionalBooking billed = cancel(martin, afternoon);

        assertThat(free.status()).isEqualTo(OccasionalBookingStatus.CANCELLED);
        assertThat(free.billed()).isFalse();
        assertThat(billed.billed()).isTrue();
    }

    @Test
    void a_freed_place_confirms_the_first_waiting_request_and_mails_its_family() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        Household durand = world.occasionalFamily("Durand");
        BookingView confirmed = world.book(martin, THURSDAY, HalfDay.MORNING);
        BookingView first = world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.book(durand, THURSDAY, HalfDay.MORNING);

        cancel(martin, confirmed);

        assertThat(world.listBookings.of(nguyen.parent(), nguyen.childId()))
                .extracting(v -> v.booking().status()).containsExactly(OccasionalBookingStatus.CONFIRMED);
        assertThat(world.listBookings.of(durand.parent(), durand.childId()))
                .extracting(BookingView::waitlistPosition).containsExactly(1);
        assertThat(world.town.sentMails()).extracting(Mail::to)
                .containsExactlyInAnyOrder("nguyen.claire@example.fr", "nguyen.julien@example.fr");
        Mail mail = world.town.sentMails().get(0);
        assertThat(mail.subject()).isEqualTo("Place confirmée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(mail.text()).contains("Tom", "jeudi 10 septembre 2026", "matin", "confirmé",
                "L'équipe du multi-accueil «\u00a0Bout d'chou\u00a0»")
                .endsWith("-- \nMairie de Donges — Service Enfance — 02\u00a040\u00a045\u00a079\u00a079\n");
        assertThat(world.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("NURSERY_BOOKING_CONFIRMED_FROM_WAITING_LIST");
            assertThat(e.target()).isEqualTo(first.booking().id().toString());
        });
    }

    @Test
    void a_place_confirmed_less_than_48_hours_before_is_free_to_give_back_until_the_slot_and_its_mail_says_so() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        BookingView confirmed = world.book(martin, THURSDAY, HalfDay.MORNING);
        world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.clock.set(java.time.OffsetDateTime.parse("2026-09-09T08:00:00+02:00").toInstant());

        cancel(martin, confirmed);

        Mail mail = world.town.sentMails().get(0);
        assertThat(mail.text()).contains("gratuite jusqu'au début de l'accueil").doesNotContain("jusqu'à 48 heures avant");
        BookingView promoted = world.listBookings.of(nguyen.parent(), nguyen.childId()).get(0);
        world.clock.set(java.time.OffsetDateTime.parse("2026-09-10T07:00:00+02:00").toInstant());
        assertThat(cancel(nguyen, promoted).billed()).as("half an hour before the slot").isFalse();
    }

    @Test
    void withdrawing_a_waiting_request_moves_the_others_up_and_confirms_no_one() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        Household durand = world.occasionalFamily("Durand");
        world.book(martin, THURSDAY, HalfDay.MORNING);
        BookingView first = world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.book(durand, THURSDAY, HalfDay.MORNING);

        OccasionalBooking withdrawn = cancel(nguyen, first);

        assertThat(withdrawn.billed()).isFalse();
        assertThat(world.listBookings.of(durand.parent(), durand.childId())).extracting(BookingView::waitlistPosition).containsExactly(1);
        assertThat(world.town.sentMails()).isEmpty();
    }

    @Test
    void cancelling_again_answers_the_first_cancellation() {
        Household martin = world.occasionalFamily("Martin");
        BookingView view = world.book(martin, THURSDAY, HalfDay.MORNING);
        world.at("2026-09-09T08:00:00+02:00");
        OccasionalBooking first = cancel(martin, view);
        world.at("2026-09-10T07:00:00+02:00");
        OccasionalBooking again = cancel(martin, view);
        assertThat(again).isEqualTo(first);
        assertThat(again.billed()).isTrue();
    }

    @Test
    void a_slot_that_has_started_can_no_longer_be_cancelled() {
        Household martin = world.occasionalFamily("Martin");
        BookingView view = world.book(martin, THURSDAY, HalfDay.MORNING);
        world.at("2026-09-10T07:30:00+02:00");
        assertThatThrownBy(() -> cancel(martin, view)).hasMessageStartingWith("SLOT_ALREADY_STARTED");
    }

    @Test
    void another_family_s_booking_is_not_found() {
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        BookingView view = world.book(martin, THURSDAY, HalfDay.MORNING);
        assertThatThrownBy(() -> world.cancel.cancel(nguyen.parent(), martin.childId(), view.booking().id()))
                .hasMessageStartingWith("NOT_FOUND");
        assertThatThrownBy(() -> world.cancel.cancel(nguyen.parent(), nguyen.childId(), view.booking().id()))
                .hasMessageStartingWith("NOT_FOUND");
    }
}
