package fr.espacefamille.application.family;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.RefusedException;

class ListChildrenTest {

    @Test
    void lists_the_family_s_children_with_the_services_they_are_enrolled_in_from_today_on() {
        InMemoryEspaceFamille town = InMemoryEspaceFamille.start(new MovableClock(Instant.parse("2026-09-07T06:00:00Z")));
        InMemoryEnrolments enrolments = town.stores().enrolments();
        Family martin = aFamily("Martin").withGuardian("Claire", null)
                .withChild("Léa", LocalDate.of(2018, 3, 14)).withChild("Tom", LocalDate.of(2024, 6, 2)).build();
        Child lea = martin.children().get(0);
        Child tom = martin.children().get(1);
        town.stores().families().add(martin);
        enrolments.add(new Enrolment(EnrolmentId.random(), lea.id(), ChildService.CANTEEN, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 4), "2025-2026"));
        enrolments.add(new Enrolment(EnrolmentId.random(), lea.id(), ChildService.CANTEEN, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), "2026-2027"));
        enrolments.add(new Enrolment(EnrolmentId.random(), tom.id(), ChildService.NURSERY_OCCASIONAL, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), null));
        ListChildren list = town.families().listChildren();

        var children = list.list(new Actor(null, "claire", Role.PARENT, martin.id(), null));

        assertThat(children).extracting(c -> c.child().firstName()).containsExactly("Léa", "Tom");
        assertThat(children.get(0).services()).containsExactly(ChildService.CANTEEN);
        assertThat(children.get(1).services()).as("an enrolment that ended is not a service").isEmpty();
        assertThatThrownBy(() -> list.list(new Actor(null, "agent", Role.SCHOOL_AGENT, null, null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
    }
}
