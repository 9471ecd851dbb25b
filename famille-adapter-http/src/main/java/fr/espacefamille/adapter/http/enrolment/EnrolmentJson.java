package fr.espacefamille.adapter.http.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.DerogationReason;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/** The JSON shapes of API.md's "Enrolment requests (§8)" rows. */
final class EnrolmentJson {

    private EnrolmentJson() {
    }

    record ChildBody(String firstName, String lastName, String birthDate, String childId) {
    }

    record AddressBody(String line1, String line2, String postcode, String city) {
    }

    record GuardianBody(String firstName, String lastName, String email, String phone) {
    }

    record DocumentBody(String documentId, String kind, String issuedOn) {
    }

    /** The body of POST and PUT {@code /school-requests}. */
    record RequestBody(String schoolYear, ChildBody child, String grade, String gradeReason, AddressBody address,
            List<GuardianBody> guardians, Boolean parentsSeparated, Boolean canteen, String wishedSchoolId,
            String derogationReason, String derogationText, List<DocumentBody> documents) {

        /** The form, or 400 naming the first missing or malformed field. */
        SchoolRequestForm toForm() {
            SchoolYearLabel year = SchoolYearLabel.parse(Web.required(schoolYear, "schoolYear"))
                    .orElseThrow(() -> Refusals.invalid("schoolYear", "année scolaire attendue, par exemple 2027-2028"));
            ChildBody c = Web.required(child, "child");
            ChildId childId = c.childId() == null ? null
                    : ChildId.parse(c.childId()).orElseThrow(() -> Refusals.invalid("child.childId", "identifiant invalide"));
            AddressBody a = Web.required(address, "address");
            Web.required(a.line1(), "address.line1");
            Web.required(a.city(), "address.city");
            if (a.postcode() == null || !a.postcode().strip().matches("\\d{5}")) {
                throw Refusals.invalid("address.postcode", "5 chiffres attendus");
            }
            List<GuardianBody> gs = Web.required(guardians, "guardians");
            List<DocumentBody> ds = documents == null ? List.of() : documents;
            return new SchoolRequestForm(year,
                    new SchoolRequestForm.RequestedChild(Web.required(c.firstName(), "child.firstName"),
                            Web.required(c.lastName(), "child.lastName"), Web.date(c.birthDate(), "child.birthDate"), childId),
                    grade == null ? null : Web.enumValue(Grade.class, grade, "grade"), gradeReason,
                    new Address(a.line1(), a.line2(), a.postcode().strip(), a.city()),
                    gs.stream().map(g -> Web.required(g, "guardians")).map(g -> new SchoolRequestForm.RequestGuardian(g.firstName(), g.lastName(), g.email(), g.phone()))
                            .toList(),
                    Web.required(parentsSeparated, "parentsSeparated"), Web.required(canteen, "canteen"),
                    wishedSchoolId == null ? null : SchoolId.parse(wishedSchoolId)
                            .orElseThrow(() -> Refusals.invalid("wishedSchoolId", "identifiant invalide")),
                    derogationReason == null ? null : Web.enumValue(DerogationReason.class, derogationReason, "derogationReason"),
                    derogationText,
                    ds.stream().map(d -> Web.required(d, "documents")).map(d -> new SchoolRequestForm.RequestDocument(
                            DocumentId.parse(Web.required(d.documentId(), "documents.documentId"))
                                    .orElseThrow(() -> Refusals.invalid("documents.documentId", "identifiant invalide")),
                            Web.enumValue(DocumentKind.class, d.kind(), "documents.kind"),
                            d.issuedOn() == null ? null : Web.date(d.issuedOn(), "documents.issuedOn"))).toList());
        }
    }

    record ChildJson(String firstName, String lastName, LocalDate birthDate, String childId) {
    }

    record HistoryJson(Instant at, String status) {
    }

    record SubmittedJson(String id, String status, Grade grade, String sectorSchoolId, boolean outOfSectorMap,
            boolean derogation) {
        static SubmittedJson of(SchoolRequest r) {
            return new SubmittedJson(r.id().toString(), r.status().name(), r.grade(), text(r.sectorSchool()), r.outOfSectorMap(),
                    r.derogation());
        }
    }

    record GuardianJson(String firstName, String lastName, String email, String phone) {
    }

    record DocumentJson(String documentId, DocumentKind kind, LocalDate issuedOn) {
    }

    /** A request as its requester and staff read it; staff's list adds the family, guardians and documents. */
    record RequestJson(String id, String status, String statusLabel, String schoolYear, ChildJson child, Grade grade,
            String gradeReason, String sectorSchoolId, boolean outOfSectorMap, String wishedSchoolId, boolean derogation,
            DerogationReason derogationReason, String derogationText, String schoolId, boolean canteen, boolean parentsSeparated,
            String message, String certificateNumber, String familyId, String childId, List<GuardianJson> guardians,
            List<DocumentJson> documents, List<HistoryJson> history) {

        static RequestJson of(SchoolRequest r) {
            SchoolRequestForm f = r.form();
            var accepted = r.accepted();
            return new RequestJson(r.id().toString(), r.status().name(), r.status().label(), f.schoolYear().toString(),
                    new ChildJson(f.child().firstName(), f.child().lastName(), f.child().birthDate(),
                            f.child().childId() == null ? null : f.child().childId().toString()),
                    r.grade(), f.gradeReason(), text(r.sectorSchool()), r.outOfSectorMap(), text(f.wishedSchool()), r.derogation(),
                    f.derogationReason(), f.derogationText(), text(r.school()), f.canteen(), f.parentsSeparated(), r.message(),
                    accepted.map(SchoolRequest.Acceptance::certificateNumber).orElse(null),
                    accepted.map(a -> a.family().toString()).orElse(r.family() == null ? null : r.family().toString()),
                    accepted.map(a -> a.child().toString()).orElse(null),
                    f.guardians().stream().map(g -> new GuardianJson(g.firstName(), g.lastName(), g.email(), g.phone())).toList(),
                    f.documents().stream().map(d -> new DocumentJson(d.document().toString(), d.kind(), d.issuedOn())).toList(),
                    r.history().stream().map(h -> new HistoryJson(h.at(), h.status().name())).toList());
        }
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
