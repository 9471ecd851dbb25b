package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryPupils;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Service;

/** What every {@link Pupils} store does. */
abstract class PupilsContract extends StoreContract {

    private Pupils pupils;
    private CanteenFixture town;

    PupilsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void storeATown() {
        town = new CanteenFixture(backend);
        Enrolments enrolments = backend.store(InMemoryEnrolments::new, JdbiEnrolments::new);
        pupils = backend.store(tx -> new InMemoryPupils(backend.families(), enrolments), JdbiPupils::new);
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), Service.CANTEEN, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 7, 4), "2025-2026"));
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), Service.CANTEEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3), "2026-2027"));
        enrolments.add(new Enrolment(EnrolmentId.random(), town.lea.id(), Service.NURSERY_OCCASIONAL, LocalDate.of(2026, 9, 1),
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
}
