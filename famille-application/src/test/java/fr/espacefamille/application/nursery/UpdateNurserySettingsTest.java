package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.HalfDay;

class UpdateNurserySettingsTest {

    private final NurseryWorld world = new NurseryWorld();

    @Test
    void a_new_installation_has_20_places_and_no_closure() {
        assertThat(world.updateSettings.current().placesPerSlot()).isEqualTo(20);
        assertThat(world.updateSettings.current().closures()).isEmpty();
    }

    @Test
    void more_places_go_at_once_to_the_waiting_requests() {
        world.places(1);
        Household martin = world.occasionalFamily("Martin");
        Household nguyen = world.occasionalFamily("Nguyen");
        Household durand = world.occasionalFamily("Durand");
        world.book(martin, THURSDAY, HalfDay.MORNING);
        world.book(nguyen, THURSDAY, HalfDay.MORNING);
        world.book(durand, THURSDAY, HalfDay.MORNING);

        world.places(2);

        assertThat(world.listBookings.of(nguyen.parent(), nguyen.childId())).extracting(v -> v.booking().status())
                .containsExactly(OccasionalBookingStatus.CONFIRMED);
        assertThat(world.listBookings.of(durand.parent(), durand.childId())).extracting(BookingView::waitlistPosition)
                .containsExactly(1);
        assertThat(world.town.sentMails()).extracting(Mail::to).allMatch(to -> to.startsWith("nguyen."));
    }

    @Test
    void fewer_places_than_already_taken_in_a_coming_slot_are_refused() {
        world.places(3);
        world.fullTimeContract(world.family("Martin"));
        world.book(world.occasionalFamily("Nguyen"), THURSDAY, HalfDay.MORNING);

        assertThatThrownBy(() -> world.places(1)).hasMessageStartingWith("PLACES_ALREADY_TAKEN").hasMessageContaining("jeudi 10 septembre");
        assertThat(world.updateSettings.current().placesPerSlot()).isEqualTo(3);
        world.places(2);
        assertThat(world.updateSettings.current().placesPerSlot()).isEqualTo(2);
    }

    @Test
    void a_slot_that_has_started_does_not_hold_back_a_reduction() {
        world.places(2);
        world.book(world.occasionalFamily("Martin"), LocalDate.of(2026, 9, 2), HalfDay.MORNING);
        world.book(world.occasionalFamily("Nguyen"), LocalDate.of(2026, 9, 2), HalfDay.MORNING);
        assertThatThrownBy(() -> world.places(1)).hasMessageStartingWith("PLACES_ALREADY_TAKEN");
        world.at("2026-09-02T07:30:00+02:00");
        world.places(1);
        assertThat(world.updateSettings.current().placesPerSlot()).isEqualTo(1);
    }

    @Test
    void a_new_closure_cancels_its_occasional_care_free_of_charge_and_tells_the_families() {
        Household martin = world.occasionalFamily("Martin");
        BookingView booked = world.book(martin, THURSDAY, HalfDay.AFTERNOON);

        world.places(20, THURSDAY);

        assertThat(world.listBookings.of(martin.parent(), martin.childId())).singleElement().satisfies(v -> {
            assertThat(v.booking().id()).isEqualTo(booked.booking().id());
            assertThat(v.booking().status()).isEqualTo(OccasionalBookingStatus.CANCELLED);
            assertThat(v.booking().billed()).isFalse();
        });
        assertThat(world.town.sentMails()).hasSize(2).allSatisfy(m -> assertThat(m.text()).contains("fermé", "ne vous sera pas facturée"));
        assertThat(world.listSlots.between(martin.parent(), THURSDAY, THURSDAY)).isEmpty();
    }

    @Test
    void only_nursery_staff_change_the_settings_and_places_stay_plausible() {
        assertThatThrownBy(() -> world.updateSettings.update(world.schoolAgent, new UpdateNurserySettings.Command(10, List.of())))
                .hasMessageStartingWith("FORBIDDEN");
        assertThatThrownBy(() -> world.places(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_change_is_audited() {
        world.places(12, LocalDate.of(2026, 12, 24));
        assertThat(world.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("NURSERY_SETTINGS_UPDATED");
            assertThat(e.before()).contains("\"placesPerSlot\":20");
            assertThat(e.after()).contains("\"placesPerSlot\":12");
        });
    }
}
