package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.application.canteen.CanteenAbsences;
import fr.espacefamille.application.canteen.CanteenBookings;
import fr.espacefamille.application.canteen.PupilDays;
import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.inmemory.InMemoryCanteenAbsences;
import fr.espacefamille.application.inmemory.InMemoryCanteenBookings;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryPupils;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.ChildService;

/** What every {@link Pupils} store does, and {@link PupilDays} beside it. */
class PupilsTest extends StoreContract {

    private Pupils pupils;
    private CanteenFixture town;
    private CanteenBookings bookings;
    private CanteenAbsences absences;
    private PupilDays days;

    @BeforeEach
    void storeATown() {
        town = new CanteenFixture(backend);
        Enrolments enrolments = backend.store(InMemoryEnrolments::new, JdbiEnrolments::new);
        pupils = backend.store(tx -> new InMemoryPupils(backend.families(), enrolments), JdbiPupils::new);
        bookings = backend.store(InMemoryCanteenBookings::new, JdbiCanteenBookings::new);
        absences = backend.store(InMemoryCanteenAbsences::new, JdbiCanteenAbsences::new);
        days = backend.store(tx -> PupilDays.composed(pupils, bookings, absences), JdbiPupilDays::new);
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), ChildService.CANTEEN, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 7, 4), "2025-2026"));
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), ChildService.CANTEEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3), "2026-2027"));
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), ChildService.NURSERY_OCCASIONAL, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3), null));
    }

    @Test
    void reads_a_child_with_family_school_and_canteen_years() {
        Pupil lea = pupils.byId(town.lea.id()).orElseThrow();

        assertThat(lea.family()).isEqualTo(town.family.id());
        assertThat(lea.school()).isEqualTo(town.pasteur.id());
        assertThat(lea.grade()).isEqualTo(Grade.CE1);
        assertThat(lea.fullName()).isEqualTo("Léa Martin");
        assertThat(lea.canteenYears()).containsExactlyInAnyOrder(new SchoolYearLabel(2025), new SchoolYearLabel(2026));
        assertThat(pupils.byId(town.zoe.id()).orElseThrow().canteenYears()).isEmpty();
        assertThat(pupils.byId(ChildId.random())).isEmpty();
    }

    @Test
    void lists_a_school_s_children_by_name() {
        assertThat(pupils.ofSchool(town.pasteur.id())).extracting(Pupil::firstName).containsExactly("Zoé", "Léa");
        assertThat(pupils.ofSchool(town.prevert.id())).extracting(Pupil::firstName).containsExactly("Malo");
    }

    @Test
    void reads_a_pupil_with_its_booked_and_absent_days_of_a_range_only() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        for (int i = 0; i < 5; i++) {
            bookings.book(town.lea.id(), monday.plusDays(i), town.pasteur.id());
        }
        bookings.book(town.lea.id(), monday.plusDays(30), town.pasteur.id());
        bookings.book(town.zoe.id(), monday, town.pasteur.id());
        absences.add(CanteenAbsence.report(AbsenceId.random(), town.lea.id(), new DateRange(monday.plusDays(1), monday.plusDays(2)),
                AbsenceReason.HOSPITALISATION, null, Instant.parse("2026-09-07T06:00:00Z"), "claire",
                List.of(monday.plusDays(1), monday.plusDays(2))));
        DateRange week = new DateRange(monday, monday.plusDays(6));

        PupilDays.Read lea = days.of(town.lea.id(), week).orElseThrow();

        assertThat(lea.pupil()).isEqualTo(pupils.byId(town.lea.id()).orElseThrow());
        assertThat(lea.booked()).containsExactly(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4));
        assertThat(lea.absent()).containsExactly(entry(monday.plusDays(1), AbsenceBilling.NOT_BILLED),
                entry(monday.plusDays(2), AbsenceBilling.NOT_BILLED));
        PupilDays.Read malo = days.of(town.malo.id(), week).orElseThrow();
        assertThat(malo.pupil().canteenYears()).isEmpty();
        assertThat(malo.booked()).isEmpty();
        assertThat(malo.absent()).isEmpty();
        assertThat(days.of(ChildId.random(), week)).isEmpty();
    }
}
