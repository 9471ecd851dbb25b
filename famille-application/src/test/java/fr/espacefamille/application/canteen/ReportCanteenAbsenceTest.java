package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.FRIDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.THURSDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static fr.espacefamille.application.shared.RefusalCodes.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.FamilyId;

class ReportCanteenAbsenceTest {

    private final CanteenWorld world = new CanteenWorld();
    private final Document certificate = document(world.martin.id(), DocumentKind.MEDICAL_CERTIFICATE);

    static Document document(FamilyId family, DocumentKind kind) {
        return new Document(DocumentId.random(), family, kind, "certificat.pdf", "application/pdf", 1234,
                Instant.parse("2026-09-07T06:00:00Z"), "stored-" + java.util.UUID.randomUUID());
    }

    @BeforeEach
    void leaIsBookedTheWholeWeekAndTheNext() {
        world.documents.add(certificate);
        for (LocalDate day : new LocalDate[] {MONDAY, TUESDAY, THURSDAY, FRIDAY, MONDAY.plusDays(7), TUESDAY.plusDays(7)}) {
            world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), day));
        }
    }

    private ReportCanteenAbsence.Command lea(LocalDate from, LocalDate to, AbsenceReason reason, DocumentId document) {
        return new ReportCanteenAbsence.Command(world.lea.id(), from, to, reason, document);
    }

    @Test
    void cancels_the_days_still_before_their_deadline_and_reports_the_others() {
        world.at(FRIDAY, "11:00");

        var result = world.reportAbsence.report(world.claire, lea(FRIDAY, TUESDAY.plusDays(7), AbsenceReason.ILLNESS, certificate.id()));

        assertThat(result.days()).as("Friday and next Monday are past their deadline").containsExactly(FRIDAY, MONDAY.plusDays(7));
        assertThat(result.cancelled()).containsExactly(TUESDAY.plusDays(7));
        assertThat(result.absence().days()).containsExactly(entry(FRIDAY, AbsenceBilling.CARENCE_DAY),
                entry(MONDAY.plusDays(7), AbsenceBilling.NOT_BILLED));
        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(MONDAY, TUESDAY.plusDays(7))))
                .containsExactly(MONDAY, TUESDAY, THURSDAY, FRIDAY, MONDAY.plusDays(7));
        assertThat(world.absences.byId(result.absence().id())).contains(result.absence());
        assertThat(world.audit("CANTEEN_ABSENCE_REPORTED")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("ILLNESS", "2026-09-14", "2026-09-15"));
    }

    @Test
    void a_range_whose_booked_days_are_all_before_their_deadline_cancels_them() {
        var result = world.reportAbsence.report(world.claire, lea(THURSDAY, FRIDAY, AbsenceReason.FAMILY_EVENT, null));

        assertThat(result.cancelled()).containsExactly(THURSDAY, FRIDAY);
        assertThat(result.days()).isEmpty();
        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(THURSDAY, FRIDAY))).isEmpty();
        assertThat(world.absences.ofChild(world.lea.id())).singleElement().satisfies(a -> assertThat(a.days()).isEmpty());
    }

    @Test
    void a_range_without_any_booked_day_is_refused_and_its_document_is_not_kept() {
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY.plusDays(14), MONDAY.plusDays(15),
                AbsenceReason.ILLNESS, certificate.id())))).as("nothing booked at all").startsWith("NOTHING_BOOKED");

        assertThat(world.documents.byId(certificate.id())).isEmpty();
        assertThat(world.absences.ofChild(world.lea.id())).isEmpty();
    }

    @Test
    void a_day_already_reported_is_not_reported_twice() {
        world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.OTHER, null));
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.ILLNESS, null))))
                .startsWith("NOTHING_BOOKED");
    }

    @Test
    void parents_report_from_today_on_staff_also_for_past_days() {
        world.at(FRIDAY, "12:00");
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, FRIDAY, AbsenceReason.OTHER, null))))
                .startsWith("VALIDATION_FAILED from");

        var result = world.reportAbsence.report(world.schoolAgent, lea(MONDAY, FRIDAY, AbsenceReason.HOSPITALISATION, null));
        assertThat(result.absence().days()).containsOnlyKeys(MONDAY, TUESDAY, THURSDAY, FRIDAY)
                .allSatisfy((day, billing) -> assertThat(billing).isEqualTo(AbsenceBilling.NOT_BILLED));
        assertThat(result.absence().reportedBy()).isEqualTo("school_agent");
    }

    @Test
    void an_illness_without_certificate_is_billed_every_day() {
        var result = world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.ILLNESS, null));
        assertThat(result.absence().days()).containsExactly(entry(MONDAY, AbsenceBilling.BILLED));
    }

    @Test
    void the_certificate_must_be_a_medical_certificate_of_the_child_s_family() {
        Document otherFamily = document(world.nguyen.id(), DocumentKind.MEDICAL_CERTIFICATE);
        Document insurance = document(world.martin.id(), DocumentKind.INSURANCE);
        world.documents.add(otherFamily);
        world.documents.add(insurance);

        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.ILLNESS, otherFamily.id()))))
                .startsWith("VALIDATION_FAILED documentId");
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.ILLNESS, DocumentId.random()))))
                .startsWith("VALIDATION_FAILED documentId");
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.ILLNESS, insurance.id()))))
                .startsWith("VALIDATION_FAILED documentId");
        assertThat(outcome(() -> world.reportAbsence.report(world.claire, lea(MONDAY, MONDAY, AbsenceReason.FAMILY_EVENT, insurance.id()))))
                .as("any document of the family goes with another reason").isEqualTo("ACCEPTED");
    }

    @Test
    void another_family_may_not_report_for_the_child() {
        assertThat(outcome(() -> world.reportAbsence.report(world.helene, lea(MONDAY, MONDAY, AbsenceReason.OTHER, null))))
                .startsWith("NOT_FOUND");
        assertThat(outcome(() -> world.reportAbsence.report(world.nurseryAgent, lea(MONDAY, MONDAY, AbsenceReason.OTHER, null))))
                .startsWith("FORBIDDEN");
    }
}
