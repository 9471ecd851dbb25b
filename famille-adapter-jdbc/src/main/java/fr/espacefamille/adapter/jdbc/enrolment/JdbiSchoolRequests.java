package fr.espacefamille.adapter.jdbc.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.enrolment.SchoolRequests;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.DerogationReason;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequest.Acceptance;
import fr.espacefamille.domain.enrolment.SchoolRequest.StatusChange;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestDocument;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestedChild;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/**
 * {@link SchoolRequests} in {@code school_requests} and its guardians, documents and history
 * tables. One open request per child and year is the UNIQUE {@code open_key}; a change is written
 * only over the version it was made from ({@code WHERE version = :previous}), so of two concurrent
 * decisions the second updates nothing (PostgreSQL and H2 make it wait for the first's row lock,
 * then see the new version).
 */
public final class JdbiSchoolRequests implements SchoolRequests {

    private static final String COLUMNS = """
            requester_id, family_id, school_year, child_first_name, child_last_name, child_birth_date, child_id,
            child_identity, grade, grade_reason, address_line1, address_line2, postcode, city, parents_separated, canteen,
            wished_school_id, derogation_reason, derogation_text, sector_school_id, status, message, counted_school_id,
            counted_grade, accepted_school_id, accepted_grade, accepted_family_id, accepted_child_id, certificate_number,
            submitted_at, version, open_key""";
    private static final String VALUES = """
            :requester, :family, :schoolYear, :firstName, :lastName, :birthDate, :childId, :identity, :grade, :gradeReason,
            :line1, :line2, :postcode, :city, :separated, :canteen, :wished, :derogationReason, :derogationText, :sector,
            :status, :message, :countedSchool, :countedGrade, :acceptedSchool, :acceptedGrade, :acceptedFamily,
            :acceptedChild, :certificate, :submittedAt, :version, :openKey""";
    private static final String INSERT = "INSERT INTO school_requests (id, " + COLUMNS + ") VALUES (:id, " + VALUES
            + ") ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE school_requests SET (" + COLUMNS + ") = (" + VALUES
            + ") WHERE id = :id AND version = :previous";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM school_requests ";

    private final JdbiContext db;

    public JdbiSchoolRequests(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean add(SchoolRequest request) {
        return db.withHandle(handle -> {
            if (bind(handle.createUpdate(INSERT), request).execute() == 0) {
                return false;
            }
            writeParts(handle, request);
            return true;
        });
    }

    @Override
    public boolean update(SchoolRequest request) {
        return db.withHandle(handle -> {
            if (request.status().isOpen() && handle.createQuery(
                    "SELECT COUNT(*) FROM school_requests WHERE open_key = :openKey AND id <> :id")
                    .bind("openKey", openKey(request)).bind("id", request.id()).mapTo(Long.class).one() > 0) {
                return false;
            }
            if (bind(handle.createUpdate(UPDATE), request).bind("previous", request.version() - 1).execute() == 0) {
                return false;
            }
            for (String table : List.of("school_request_guardians", "school_request_documents", "school_request_history")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE request_id = :id").bind("id", request.id()).execute();
            }
            writeParts(handle, request);
            return true;
        });
    }

    @Override
    public Optional<SchoolRequest> byId(SchoolRequestId id) {
        return db.withHandle(handle -> load(handle, handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiSchoolRequests::row).list())).stream().findFirst();
    }

    @Override
    public List<SchoolRequest> of(AccountId requester, FamilyId family) {
        return db.withHandle(handle -> load(handle, handle.createQuery(SELECT
                + "WHERE requester_id = :requester OR family_id = :family OR accepted_family_id = :family "
                + "ORDER BY submitted_at DESC, id")
                .bind("requester", requester)
                .bindByType("family", family == null ? null : family.value(), UUID.class)
                .map(JdbiSchoolRequests::row).list()));
    }

    @Override
    public List<SchoolRequest> search(SchoolRequestStatus status, SchoolId school, Grade grade) {
        // only the criteria given: a null parameter's type is not always known to PostgreSQL
        String where = "WHERE 1 = 1" + (status == null ? "" : " AND status = :status")
                + (school == null ? "" : " AND counted_school_id = :school") + (grade == null ? "" : " AND counted_grade = :grade");
        return db.withHandle(handle -> {
            var query = handle.createQuery(SELECT + where + " ORDER BY submitted_at, id");
            if (status != null) {
                query.bind("status", status);
            }
            if (school != null) {
                query.bind("school", school);
            }
            if (grade != null) {
                query.bind("grade", grade);
            }
            return load(handle, query.map(JdbiSchoolRequests::row).list());
        });
    }

    @Override
    public boolean acceptedFor(String childIdentity, SchoolYearLabel schoolYear) {
        return db.withHandle(handle -> handle.createQuery("""
                SELECT COUNT(*) FROM school_requests
                WHERE child_identity = :identity AND school_year = :year AND status = 'ACCEPTED'
                """).bind("identity", childIdentity).bind("year", schoolYear.toString()).mapTo(Long.class).one() > 0);
    }

    private static String openKey(SchoolRequest r) {
        return r.form().schoolYear() + "|" + r.form().child().identity();
    }

    private static Update bind(Update update, SchoolRequest r) {
        SchoolRequestForm f = r.form();
        Optional<Acceptance> a = r.accepted();
        return update.bindMethods(r)
                .bindByType("family", r.family() == null ? null : r.family().value(), UUID.class)
                .bind("schoolYear", f.schoolYear().toString())
                .bind("firstName", f.child().firstName())
                .bind("lastName", f.child().lastName())
                .bind("birthDate", f.child().birthDate())
                .bindByType("childId", f.child().childId() == null ? null : f.child().childId().value(), UUID.class)
                .bind("identity", f.child().identity())
                .bindByType("grade", f.grade() == null ? null : f.grade().name(), String.class)
                .bindByType("gradeReason", f.gradeReason(), String.class)
                .bind("line1", f.address().line1())
                .bindByType("line2", f.address().line2(), String.class)
                .bind("postcode", f.address().postcode())
                .bind("city", f.address().city())
                .bind("separated", f.parentsSeparated())
                .bind("canteen", f.canteen())
                .bindByType("wished", f.wishedSchool() == null ? null : f.wishedSchool().value(), UUID.class)
                .bindByType("derogationReason", f.derogationReason() == null ? null : f.derogationReason().name(), String.class)
                .bindByType("derogationText", f.derogationText(), String.class)
                .bindByType("sector", r.sectorSchool() == null ? null : r.sectorSchool().value(), UUID.class)
                .bindByType("message", r.message(), String.class)
                .bindByType("countedSchool", r.school() == null ? null : r.school().value(), UUID.class)
                .bind("countedGrade", r.grade())
                .bindByType("acceptedSchool", a.map(x -> x.school().value()).orElse(null), UUID.class)
                .bindByType("acceptedGrade", a.map(x -> x.grade().name()).orElse(null), String.class)
                .bindByType("acceptedFamily", a.map(x -> x.family().value()).orElse(null), UUID.class)
                .bindByType("acceptedChild", a.map(x -> x.child().value()).orElse(null), UUID.class)
                .bindByType("certificate", a.map(Acceptance::certificateNumber).orElse(null), String.class)
                .bind("submittedAt", r.history().get(0).at())
                .bindByType("openKey", r.status().isOpen() ? openKey(r) : null, String.class);
    }

    private static void writeParts(Handle handle, SchoolRequest r) {
        UUID id = r.id().value();
        List<RequestGuardian> guardians = r.form().guardians();
        for (int i = 0; i < guardians.size(); i++) {
            RequestGuardian g = guardians.get(i);
            handle.createUpdate("""
                    INSERT INTO school_request_guardians (request_id, ordinal, first_name, last_name, email, phone)
                    VALUES (:id, :ordinal, :firstName, :lastName, :email, :phone)
                    """).bind("id", id).bind("ordinal", i).bind("firstName", g.firstName()).bind("lastName", g.lastName())
                    .bindByType("email", g.email(), String.class).bindByType("phone", g.phone(), String.class).execute();
        }
        List<RequestDocument> documents = r.form().documents();
        for (int i = 0; i < documents.size(); i++) {
            RequestDocument d = documents.get(i);
            handle.createUpdate("""
                    INSERT INTO school_request_documents (request_id, ordinal, document_id, kind, issued_on)
                    VALUES (:id, :ordinal, :document, :kind, :issuedOn)
                    """).bind("id", id).bind("ordinal", i).bind("document", d.document()).bind("kind", d.kind())
                    .bindByType("issuedOn", d.issuedOn(), java.time.LocalDate.class).execute();
        }
        for (int i = 0; i < r.history().size(); i++) {
            StatusChange c = r.history().get(i);
            handle.createUpdate("""
                    INSERT INTO school_request_history (request_id, ordinal, at, status, actor)
                    VALUES (:id, :ordinal, :at, :status, :actor)
                    """).bind("id", id).bind("ordinal", i).bind("at", c.at()).bind("status", c.status())
                    .bind("actor", c.actor()).execute();
        }
    }

    /** A request's own row, its parts read afterwards for all rows at once. */
    private record Row(SchoolRequestId id, AccountId requester, FamilyId family, SchoolYearLabel year, RequestedChild child,
            Grade grade, String gradeReason, Address address, boolean separated, boolean canteen, SchoolId wished,
            DerogationReason derogationReason, String derogationText, SchoolId sector, SchoolRequestStatus status,
            String message, Acceptance acceptance, int version) {
    }

    private static Row row(ResultSet row, StatementContext ctx) throws SQLException {
        SchoolRequestStatus status = Columns.get(row, "status", SchoolRequestStatus.class, ctx);
        Acceptance acceptance = status != SchoolRequestStatus.ACCEPTED ? null : new Acceptance(
                Columns.get(row, "accepted_school_id", SchoolId.class, ctx), Columns.get(row, "accepted_grade", Grade.class, ctx),
                Columns.get(row, "accepted_family_id", FamilyId.class, ctx), Columns.get(row, "accepted_child_id", ChildId.class, ctx),
                row.getString("certificate_number"));
        return new Row(Columns.get(row, "id", SchoolRequestId.class, ctx), Columns.get(row, "requester_id", AccountId.class, ctx),
                Columns.get(row, "family_id", FamilyId.class, ctx), SchoolYearLabel.parse(row.getString("school_year")).orElseThrow(),
                new RequestedChild(row.getString("child_first_name"), row.getString("child_last_name"),
                        Columns.date(row, "child_birth_date"), Columns.get(row, "child_id", ChildId.class, ctx)),
                Columns.get(row, "grade", Grade.class, ctx), row.getString("grade_reason"),
                new Address(row.getString("address_line1"), row.getString("address_line2"), row.getString("postcode"),
                        row.getString("city")),
                row.getBoolean("parents_separated"), row.getBoolean("canteen"), Columns.get(row, "wished_school_id", SchoolId.class, ctx),
                Columns.get(row, "derogation_reason", DerogationReason.class, ctx), row.getString("derogation_text"),
                Columns.get(row, "sector_school_id", SchoolId.class, ctx), status, row.getString("message"), acceptance, row.getInt("version"));
    }

    private static List<SchoolRequest> load(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id().value()).toList();
        Map<UUID, List<RequestGuardian>> guardians = new HashMap<>();
        handle.createQuery("SELECT request_id, first_name, last_name, email, phone FROM school_request_guardians "
                + "WHERE request_id IN (<ids>) ORDER BY request_id, ordinal").bindList("ids", ids)
                .map((row, ctx) -> Map.entry(Columns.uuid(row, "request_id"), new RequestGuardian(row.getString("first_name"),
                        row.getString("last_name"), row.getString("email"), row.getString("phone"))))
                .forEach(e -> guardians.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<RequestDocument>> documents = new HashMap<>();
        handle.createQuery("SELECT request_id, document_id, kind, issued_on FROM school_request_documents "
                + "WHERE request_id IN (<ids>) ORDER BY request_id, ordinal").bindList("ids", ids)
                .map((row, ctx) -> Map.entry(Columns.uuid(row, "request_id"), new RequestDocument(
                        Columns.get(row, "document_id", DocumentId.class, ctx), Columns.get(row, "kind", DocumentKind.class, ctx),
                        Columns.date(row, "issued_on"))))
                .forEach(e -> documents.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<StatusChange>> history = new HashMap<>();
        handle.createQuery("SELECT request_id, at, status, actor FROM school_request_history "
                + "WHERE request_id IN (<ids>) ORDER BY request_id, ordinal").bindList("ids", ids)
                .map((row, ctx) -> Map.entry(Columns.uuid(row, "request_id"), new StatusChange(Columns.instant(row, "at"),
                        Columns.get(row, "status", SchoolRequestStatus.class, ctx), row.getString("actor"))))
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new SchoolRequest(r.id(), r.requester(), r.family(), new SchoolRequestForm(r.year(),
                r.child(), r.grade(), r.gradeReason(), r.address(), guardians.getOrDefault(r.id().value(), List.of()),
                r.separated(), r.canteen(), r.wished(), r.derogationReason(), r.derogationText(),
                documents.getOrDefault(r.id().value(), List.of())), r.sector(), r.status(), r.message(), r.acceptance(),
                history.getOrDefault(r.id().value(), List.of()), r.version())).toList();
    }
}
