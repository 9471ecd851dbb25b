package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.HalfDay;

class ReportNurseryAbsenceTest {

    private final NurseryWorld world = new NurseryWorld();
    private final Household martin = world.family("Martin");

    /** Monday, Tuesday and Thursday 8:30–17:00, congés in week 43. */
    private void contract() {
        world.registerContract.register(world.agent, new RegisterRegularContract.Command(martin.childId(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 31), Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00"), DayOfWeek.TUESDAY, hours("08:30", "17:00"),
                        DayOfWeek.THURSDAY, hours("08:30", "17:00")), List.of(CongesWeek.parse("2026-W43"))));
    }

    private NurseryAbsence report(String from, String to, NurseryAbsenceReason reason, DocumentId certificate) {
        return world.reportAbsence.report(martin.parent(), new ReportNurseryAbsence.Command(martin.childId(),
                LocalDate.parse(from), LocalDate.parse(to), reason, certificate)).absence();
    }

    private DocumentId certificateOf(Household household) {
        Document certificate = new Document(DocumentId.random(), household.family().id(), DocumentKind.MEDICAL_CERTIFICATE,
                "certificat.pdf", "application/pdf", 1234, Instant.parse("2026-09-01T06:00:00Z"), "abc");
        world.documents.add(certificate);
        return certificate.id();
    }

    @Test
    void applies_to_the_contract_days_of_the_range() {
        contract();
        NurseryAbsence absence = report("2026-09-03", "2026-09-09", NurseryAbsenceReason.ILLNESS, certificateOf(martin));
        assertThat(absence.days()).containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 8));
        assertThat(absence.reportedOn()).isEqualTo(NurseryWorld.TODAY);
        assertThat(world.audit()).anyMatch(e -> e.action().equals("NURSERY_ABSENCE_REPORTED"));
    }

    @Test
    void skips_congés_weeks_closures_and_days_already_reported() {
        contract();
        world.places(20, LocalDate.of(2026, 10, 15));
        report("2026-10-12", "2026-10-13", NurseryAbsenceReason.FAMILY_EVENT, null);
        NurseryAbsence absence = report("2026-10-12", "2026-10-27", NurseryAbsenceReason.CONGES, null);
        assertThat(absence.days()).containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27));
    }

    @Test
    void refuses_a_range_without_any_booked_day_and_keeps_not_its_document() {
        DocumentId certificate = certificateOf(martin);
        assertThatThrownBy(() -> report("2026-09-03", "2026-09-04", NurseryAbsenceReason.ILLNESS, certificate))
                .as("no contract, no booking").hasMessageStartingWith("NOTHING_BOOKED");
        assertThat(world.documents.byId(certificate)).isEmpty();
        contract();
        assertThatThrownBy(() -> report("2026-09-09", "2026-09-09", NurseryAbsenceReason.OTHER, null))
                .as("a Wednesday").hasMessageStartingWith("NOTHING_BOOKED");
        report("2026-09-10", "2026-09-10", NurseryAbsenceReason.OTHER, null);
        assertThatThrownBy(() -> report("2026-09-10", "2026-09-10", NurseryAbsenceReason.ILLNESS, null))
                .as("already reported").hasMessageStartingWith("NOTHING_BOOKED");
    }

    @Test
    void cancels_occasional_places_still_free_and_reports_those_past_their_free_cancellation() {
        Household dupont = world.occasionalFamily("Dupont");
        world.places(20);
        world.book(dupont, LocalDate.of(2026, 9, 2), HalfDay.MORNING);
        world.book(dupont, LocalDate.of(2026, 9, 10), HalfDay.AFTERNOON);

        var result = world.reportAbsence.report(dupont.parent(), new ReportNurseryAbsence.Command(dupont.childId(),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 11), NurseryAbsenceReason.OTHER, null));

        assertThat(result.cancelled()).as("more than 48 h ahead").containsExactly(LocalDate.of(2026, 9, 10));
        assertThat(result.absence().days()).as("tomorrow: billed as booked").containsExactly(LocalDate.of(2026, 9, 2));
        assertThat(world.listBookings.of(dupont.parent(), dupont.childId())).filteredOn(b -> b.booking().isActive())
                .extracting(b -> b.booking().slot().date()).containsExactly(LocalDate.of(2026, 9, 2));
    }

    @Test
    void parents_report_from_today_on_staff_also_past_days() {
        contract();
        world.at("2026-09-09T08:00:00+02:00");
        assertThatThrownBy(() -> report("2026-09-08", "2026-09-10", NurseryAbsenceReason.ILLNESS, null))
                .hasMessageStartingWith("DATE_IN_THE_PAST");
        NurseryAbsence byStaff = world.reportAbsence.report(world.agent, new ReportNurseryAbsence.Command(martin.childId(),
                LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 10), NurseryAbsenceReason.ILLNESS, null)).absence();
        assertThat(byStaff.days()).containsExactly(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 10));
    }

    @Test
    void the_certificate_must_be_a_document_of_the_family() {
        contract();
        Household nguyen = world.family("Nguyen");
        assertThatThrownBy(() -> report("2026-09-03", "2026-09-04", NurseryAbsenceReason.ILLNESS, certificateOf(nguyen)))
                .hasMessageStartingWith("VALIDATION_FAILED").hasMessageContaining("documentId");
        assertThatThrownBy(() -> report("2026-09-03", "2026-09-04", NurseryAbsenceReason.ILLNESS, DocumentId.random()))
                .hasMessageContaining("documentId");
    }

    @Test
    void another_family_s_child_is_not_found() {
        contract();
        Household nguyen = world.family("Nguyen");
        assertThatThrownBy(() -> world.reportAbsence.report(nguyen.parent(), new ReportNurseryAbsence.Command(martin.childId(),
                LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 3), NurseryAbsenceReason.OTHER, null))).hasMessageStartingWith("NOT_FOUND");
    }
}
