package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.THURSDAY;
import static fr.espacefamille.application.nursery.NurseryWorld.TODAY;
import static fr.espacefamille.application.nursery.NurseryWorld.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.HalfDay;

/** Registering, listing and ending regular contracts, and occasional-care registrations. */
class RegularContractsTest {

    private final NurseryWorld world = new NurseryWorld();

    @Test
    void a_contract_is_an_enrolment_with_its_schedule_and_congés() {
        Household martin = world.family("Martin");
        EnrolmentId id = world.registerContract.register(world.agent, new RegisterRegularContract.Command(martin.childId(),
                TODAY, LocalDate.of(2027, 7, 31), Map.of(DayOfWeek.THURSDAY, hours("08:30", "12:00")),
                List.of(CongesWeek.parse("2026-W43"))));

        assertThat(world.enrolments.byId(id)).hasValueSatisfying(e -> assertThat(e.service()).isEqualTo(ChildService.NURSERY_REGULAR));
        assertThat(world.listContracts.current(world.agent)).singleElement().satisfies(line -> {
            assertThat(line.child().firstName()).isEqualTo("Tom");
            assertThat(line.contract().congesWeeks()).containsExactly(CongesWeek.parse("2026-10-19"));
        });
        assertThat(world.listSlots.between(world.agent, THURSDAY, THURSDAY))
                .extracting(s -> s.slot().period() + ":" + s.available()).containsExactly("MORNING:19", "AFTERNOON:20");
        assertThat(world.listSlots.between(world.agent, LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 22)))
                .as("on congés the place is free").extracting(s -> s.available()).containsExactly(20, 20);
    }

    @Test
    void a_child_has_one_regular_contract_at_a_time() {
        Household martin = world.family("Martin");
        world.fullTimeContract(martin);
        assertThatThrownBy(() -> world.fullTimeContract(martin)).hasMessageStartingWith("ALREADY_ENROLLED");
    }

    @Test
    void a_contract_cannot_take_a_place_that_is_no_longer_there() {
        world.places(1);
        world.book(world.occasionalFamily("Nguyen"), THURSDAY, HalfDay.AFTERNOON);
        Household martin = world.family("Martin");

        assertThatThrownBy(() -> world.fullTimeContract(martin)).hasMessageStartingWith("NURSERY_FULL")
                .hasMessageContaining("jeudi 10 septembre");
        assertThat(world.enrolments.ofChild(martin.childId())).as("nothing half-written").isEmpty();

        EnrolmentId mornings = world.registerContract.register(world.agent, new RegisterRegularContract.Command(martin.childId(),
                TODAY, LocalDate.of(2027, 7, 31), Map.of(DayOfWeek.THURSDAY, hours("08:30", "12:30")), List.of()));
        assertThat(mornings).isNotNull();
    }

    @Test
    void dates_schedule_and_rights_are_checked() {
        Household martin = world.family("Martin");
        Map<DayOfWeek, fr.espacefamille.domain.nursery.DailyHours> week = Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00"));
        assertThatThrownBy(() -> world.registerContract.register(world.agent, new RegisterRegularContract.Command(martin.childId(),
                TODAY, TODAY.minusDays(1), week, List.of()))).hasMessageContaining("to");
        assertThatThrownBy(() -> world.registerContract.register(world.schoolAgent, new RegisterRegularContract.Command(martin.childId(),
                TODAY, TODAY.plusMonths(1), week, List.of()))).hasMessageStartingWith("FORBIDDEN");
        assertThatThrownBy(() -> world.registerContract.register(martin.parent(), new RegisterRegularContract.Command(martin.childId(),
                TODAY, TODAY.plusMonths(1), week, List.of()))).hasMessageStartingWith("FORBIDDEN");
    }

    @Test
    void ending_a_contract_early_gives_its_places_to_the_waiting_requests() {
        world.places(1);
        Household martin = world.family("Martin");
        EnrolmentId contract = world.fullTimeContract(martin);
        Household nguyen = world.occasionalFamily("Nguyen");
        assertThat(world.book(nguyen, THURSDAY, HalfDay.MORNING).booking().status()).isEqualTo(OccasionalBookingStatus.WAITLISTED);

        world.endContract.end(world.agent, new EndRegularContract.Command(contract, LocalDate.of(2026, 9, 4)));

        assertThat(world.enrolments.byId(contract)).hasValueSatisfying(e -> assertThat(e.to()).isEqualTo(LocalDate.of(2026, 9, 4)));
        assertThat(world.listBookings.of(nguyen.parent(), nguyen.childId())).extracting(v -> v.booking().status())
                .containsExactly(OccasionalBookingStatus.CONFIRMED);
        assertThat(world.town.sentMails()).extracting(Mail::to).contains("nguyen.claire@example.fr");
        assertThatThrownBy(() -> world.endContract.end(world.agent, new EndRegularContract.Command(contract, LocalDate.of(2027, 1, 1))))
                .hasMessageContaining("lastDay");
    }

    @Test
    void occasional_registrations_do_not_overlap() {
        Household martin = world.occasionalFamily("Martin");
        assertThatThrownBy(() -> world.registerOccasional.register(world.agent,
                new RegisterOccasionalCare.Command(martin.childId(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))))
                .hasMessageStartingWith("ALREADY_ENROLLED");
        world.registerOccasional.register(world.agent,
                new RegisterOccasionalCare.Command(martin.childId(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        assertThat(world.enrolments.ofChild(martin.childId())).hasSize(2);
    }
}
