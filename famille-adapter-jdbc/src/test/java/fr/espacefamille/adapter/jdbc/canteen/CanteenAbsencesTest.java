package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.application.canteen.CanteenAbsences;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.inmemory.InMemoryCanteenAbsences;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;

/** What every {@link CanteenAbsences} store does. */
abstract class CanteenAbsencesContract extends StoreContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private CanteenAbsences absences;
    private CanteenFixture town;
    private Document certificate;

    CanteenAbsencesContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void storeATown() {
        absences = backend.store(InMemoryCanteenAbsences::new, JdbiCanteenAbsences::new);
        town = new CanteenFixture(backend);
        Documents documents = backend.store(InMemoryDocuments::new, JdbiDocuments::new);
        certificate = new Document(DocumentId.random(), town.family.id(), DocumentKind.MEDICAL_CERTIFICATE, "c.pdf",
                "application/pdf", 10, Fixtures.NOW, "certificate-name");
        documents.add(certificate);
    }

    private CanteenAbsence illness(LocalDate... days) {
        return CanteenAbsence.report(AbsenceId.random(), town.lea.id(), new DateRange(MONDAY, MONDAY.plusDays(10)),
                AbsenceReason.ILLNESS, certificate.id(), Fixtures.NOW, "claire", List.of(days));
    }

    @Test
    void reads_back_an_absence_and_its_days_with_their_billing() {
        CanteenAbsence absence = illness(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3));
        absences.add(absence);

        assertThat(absences.byId(absence.id())).contains(absence);
        assertThat(absences.byId(AbsenceId.random())).isEmpty();
        assertThat(absences.daysOf(town.lea.id(), new DateRange(MONDAY.plusDays(1), MONDAY.plusDays(20))))
                .containsExactly(entry(MONDAY.plusDays(1), AbsenceBilling.NOT_BILLED), entry(MONDAY.plusDays(3), AbsenceBilling.NOT_BILLED));
        assertThat(absences.daysOf(List.of(town.lea.id(), town.zoe.id()), new DateRange(MONDAY, MONDAY)))
                .containsOnlyKeys(town.lea.id());
        assertThat(absences.daysOf(List.of(), new DateRange(MONDAY, MONDAY))).isEmpty();
    }

    @Test
    void keeps_an_absence_without_certificate() {
        CanteenAbsence absence = CanteenAbsence.report(AbsenceId.random(), town.zoe.id(), new DateRange(MONDAY, MONDAY),
                AbsenceReason.FAMILY_EVENT, null, Instant.parse("2026-09-07T06:00:00.123456Z"), "claire", List.of(MONDAY));
        absences.add(absence);
        assertThat(absences.byId(absence.id())).contains(absence);
    }

    @Test
    void a_day_belongs_to_one_absence_only() {
        absences.add(illness(MONDAY));
        assertThatThrownBy(() -> backend.transactions().run(() -> absences.add(illness(MONDAY))))
                .isInstanceOf(RuntimeException.class);
        assertThat(absences.daysOf(town.lea.id(), new DateRange(MONDAY, MONDAY))).hasSize(1);
    }
}
