package fr.espacefamille.domain.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Text;

/**
 * An enrolment request (demande d'inscription) and where it stands (§8). {@code family} is the
 * requester's family when a guardian asked (null for an applicant account until acceptance).
 * {@code sectorSchool} is null when the address is « hors carte scolaire ». {@code version}
 * counts the changes, so that of two staff deciding at once only one wins.
 */
public record SchoolRequest(SchoolRequestId id, AccountId requester, FamilyId family, SchoolRequestForm form,
        SchoolId sectorSchool, SchoolRequestStatus status, String message, Acceptance acceptance,
        List<StatusChange> history, int version) {

    /** What an acceptance decided and created. */
    public record Acceptance(SchoolId school, Grade grade, FamilyId family, ChildId child, String certificateNumber) {
        public Acceptance {
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(child, "child");
            Objects.requireNonNull(certificateNumber, "certificateNumber");
        }
    }

    public record StatusChange(Instant at, SchoolRequestStatus status, String actor) {
    }

    public SchoolRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        if ((status == SchoolRequestStatus.ACCEPTED) != (acceptance != null)) {
            throw new IllegalArgumentException("Une demande acceptée, et elle seule, porte sa décision");
        }
    }

    public static SchoolRequest submit(SchoolRequestId id, AccountId requester, FamilyId family, SchoolRequestForm form,
            SchoolId sectorSchool, Instant at, String actor) {
        return new SchoolRequest(id, requester, family, form, sectorSchool, SchoolRequestStatus.SUBMITTED, null, null,
                List.of(new StatusChange(at, SchoolRequestStatus.SUBMITTED, actor)), 0);
    }

    public boolean outOfSectorMap() {
        return sectorSchool == null;
    }

    public boolean derogation() {
        return form.derogation(sectorSchool);
    }

    /** The school the request is counted at: the accepted one, else the wished one, else the sector school (null: none). */
    public SchoolId school() {
        if (acceptance != null) {
            return acceptance.school();
        }
        return form.wishedSchool() != null ? form.wishedSchool() : sectorSchool;
    }

    /** The grade the request is counted in: the accepted one, else the one asked. */
    public Grade grade() {
        return acceptance != null ? acceptance.grade() : form.askedGrade();
    }

    public Optional<Acceptance> accepted() {
        return Optional.ofNullable(acceptance);
    }

    /** The requester completes an INCOMPLETE request: back to SUBMITTED with the new form. */
    public SchoolRequest resubmitted(SchoolRequestForm newForm, SchoolId newSectorSchool, Instant at, String actor) {
        require(SchoolRequestStatus.INCOMPLETE);
        return new SchoolRequest(id, requester, family, newForm, newSectorSchool, SchoolRequestStatus.SUBMITTED, message,
                null, append(at, SchoolRequestStatus.SUBMITTED, actor), version + 1);
    }

    public SchoolRequest withdrawn(Instant at, String actor) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Seule une demande en cours peut être retirée");
        }
        return moved(SchoolRequestStatus.WITHDRAWN, message, null, at, actor);
    }

    public SchoolRequest incomplete(String staffMessage, Instant at, String actor) {
        require(SchoolRequestStatus.SUBMITTED);
        return moved(SchoolRequestStatus.INCOMPLETE, Text.required(staffMessage, "Le message à la famille", 2000), null, at, actor);
    }

    public SchoolRequest refused(String reason, Instant at, String actor) {
        require(SchoolRequestStatus.SUBMITTED);
        return moved(SchoolRequestStatus.REFUSED, Text.required(reason, "Le motif du refus", 2000), null, at, actor);
    }

    public SchoolRequest accepted(Acceptance decided, Instant at, String actor) {
        require(SchoolRequestStatus.SUBMITTED);
        return moved(SchoolRequestStatus.ACCEPTED, null, decided, at, actor);
    }

    private void require(SchoolRequestStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("La demande n'est pas dans l'état " + expected);
        }
    }

    private SchoolRequest moved(SchoolRequestStatus to, String newMessage, Acceptance decided, Instant at, String actor) {
        return new SchoolRequest(id, requester, family, form, sectorSchool, to, newMessage, decided, append(at, to, actor),
                version + 1);
    }

    private List<StatusChange> append(Instant at, SchoolRequestStatus to, String actor) {
        List<StatusChange> changes = new ArrayList<>(history);
        changes.add(new StatusChange(at, to, actor));
        return changes;
    }
}
