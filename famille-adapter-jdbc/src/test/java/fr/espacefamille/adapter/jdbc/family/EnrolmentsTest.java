package fr.espacefamille.adapter.jdbc.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;

/** What every {@link Enrolments} store does. */
class EnrolmentsTest extends StoreContract {

    private Enrolments enrolments;
    private Child lea;

    @BeforeEach
    void storeAFamily() {
        enrolments = backend.store(InMemoryEnrolments::new, JdbiEnrolments::new);
        lea = Fixtures.child("Léa", "Martin");
        backend.families().add(Fixtures.family("Martin", List.of(Fixtures.guardian("Claire", "Martin", null)), List.of(lea)));
    }

    @Test
    void reads_back_a_child_s_enrolments_in_date_order() {
        Enrolment nursery = new Enrolment(EnrolmentId.random(), lea.id(), ChildService.NURSERY_OCCASIONAL,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), null);
        Enrolment canteen = new Enrolment(EnrolmentId.random(), lea.id(), ChildService.CANTEEN,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), "2026-2027");
        enrolments.add(nursery);
        enrolments.add(canteen);

        assertThat(enrolments.ofChild(lea.id())).containsExactly(canteen, nursery);
        assertThat(enrolments.byId(canteen.id())).contains(canteen);
        assertThat(enrolments.byId(EnrolmentId.random())).isEmpty();
        assertThat(enrolments.covering(lea.id(), ChildService.CANTEEN, LocalDate.of(2027, 7, 3))).contains(canteen);
        assertThat(enrolments.covering(lea.id(), ChildService.CANTEEN, LocalDate.of(2027, 7, 4))).isEmpty();
        ChildId unknown = ChildId.random();
        assertThat(enrolments.ofChildren(List.of(lea.id(), unknown))).containsExactly(canteen, nursery);
        assertThat(enrolments.ofChildren(List.of())).isEmpty();
        assertThat(enrolments.enrolledAmong(List.of(lea.id(), unknown), ChildService.NURSERY_OCCASIONAL, LocalDate.of(2027, 1, 4)))
                .containsExactly(lea.id());
        assertThat(enrolments.enrolledAmong(List.of(lea.id(), unknown), ChildService.NURSERY_OCCASIONAL, LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }

    @Test
    void updates_an_enrolment_s_dates() {
        Enrolment contract = new Enrolment(EnrolmentId.random(), lea.id(), ChildService.NURSERY_REGULAR,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), null);
        enrolments.add(contract);
        Enrolment ended = new Enrolment(contract.id(), lea.id(), ChildService.NURSERY_REGULAR,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), null);
        enrolments.update(ended);

        assertThat(enrolments.byId(contract.id())).contains(ended);
    }
}
