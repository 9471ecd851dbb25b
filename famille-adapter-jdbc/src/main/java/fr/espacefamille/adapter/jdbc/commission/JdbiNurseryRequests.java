package fr.espacefamille.adapter.jdbc.commission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.commission.NurseryRequests;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.commission.AnswerCorrection;
import fr.espacefamille.domain.commission.Applicant;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.WeeklySchedule;

/**
 * {@link NurseryRequests} in {@code nursery_requests} with its days, answers and documents. The
 * unique {@code pending_key} keeps one pending request per child, even when two arrive at once.
 */
public final class JdbiNurseryRequests implements NurseryRequests {

    private static final String INSERT = """
            INSERT INTO nursery_requests (id, requester_id, family_id, child_id, first_name, last_name, birth_date,
                                          expected_birth_date, wished_start, status, submitted_at, contact_email, pending_key,
                                          applicant_first_name, applicant_last_name, applicant_phone, address_line1,
                                          address_line2, address_postcode, address_city)
            VALUES (:id, :requester, :family, :child, :firstName, :lastName, :birthDate, :expectedBirthDate, :wishedStart,
                    :status, :submittedAt, :contactEmail, :pendingKey, :applicantFirstName, :applicantLastName, :applicantPhone,
                    :line1, :line2, :postcode, :city)
            ON CONFLICT DO NOTHING
            """;
    private static final String UPDATE = """
            UPDATE nursery_requests SET family_id = :family, child_id = :child, first_name = :firstName, last_name = :lastName,
                   birth_date = :birthDate, expected_birth_date = :expectedBirthDate, wished_start = :wishedStart,
                   status = :status, contact_email = :contactEmail, pending_key = :pendingKey,
                   applicant_first_name = :applicantFirstName, applicant_last_name = :applicantLastName,
                   applicant_phone = :applicantPhone, address_line1 = :line1, address_line2 = :line2,
                   address_postcode = :postcode, address_city = :city
            WHERE id = :id
            """;
    private static final String SELECT = """
            SELECT id, requester_id, family_id, child_id, first_name, last_name, birth_date, expected_birth_date, wished_start,
                   status, submitted_at, contact_email, applicant_first_name, applicant_last_name, applicant_phone,
                   address_line1, address_line2, address_postcode, address_city
            FROM nursery_requests
            """;
    private static final String ORDER = " ORDER BY submitted_at, id";

    private final JdbiContext db;

    public JdbiNurseryRequests(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean add(NurseryRequest request) {
        return db.withHandle(handle -> {
            if (bind(handle.createUpdate(INSERT), request).bind("requester", request.requester())
                    .bind("submittedAt", request.submittedAt()).execute() == 0) {
                return false;
            }
            writeDetails(handle, request);
            return true;
        });
    }

    @Override
    public void update(NurseryRequest request) {
        db.useHandle(handle -> {
            if (bind(handle.createUpdate(UPDATE), request).execute() == 0) {
                throw new IllegalStateException("Unknown nursery request: " + request.id());
            }
            for (String table : List.of("nursery_request_days", "nursery_request_answers", "nursery_request_documents",
                    "nursery_request_corrections")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE request_id = :id").bind("id", request.id()).execute();
            }
            writeDetails(handle, request);
        });
    }

    private static Update bind(Update update, NurseryRequest r) {
        Optional<Applicant> applicant = Optional.ofNullable(r.applicant());
        Optional<Address> address = applicant.map(Applicant::address);
        return update.bindMethods(r)
                .bindByType("family", r.familyId().map(FamilyId::value).orElse(null), UUID.class)
                .bindByType("child", r.childId().map(ChildId::value).orElse(null), UUID.class)
                .bindByType("birthDate", r.birthDate(), LocalDate.class)
                .bindByType("expectedBirthDate", r.expectedBirthDate(), LocalDate.class)
                .bindByType("contactEmail", r.contactEmail(), String.class)
                .bindByType("applicantFirstName", applicant.map(Applicant::firstName).orElse(null), String.class)
                .bindByType("applicantLastName", applicant.map(Applicant::lastName).orElse(null), String.class)
                .bindByType("applicantPhone", applicant.map(Applicant::phone).orElse(null), String.class)
                .bindByType("line1", address.map(Address::line1).orElse(null), String.class)
                .bindByType("line2", address.map(Address::line2).orElse(null), String.class)
                .bindByType("postcode", address.map(Address::postcode).orElse(null), String.class)
                .bindByType("city", address.map(Address::city).orElse(null), String.class)
                .bindByType("pendingKey", r.isPending() ? r.childKey() : null, String.class);
    }

    private static void writeDetails(Handle handle, NurseryRequest r) {
        UUID id = r.id().value();
        PreparedBatch days = handle.prepareBatch(
                "INSERT INTO nursery_request_days (request_id, weekday, arrival, departure) VALUES (:id, :weekday, :arrival, :departure)");
        r.schedule().days().forEach((day, hours) -> days.bind("id", id).bind("weekday", day).bind("arrival", hours.arrival())
                .bind("departure", hours.departure()).add());
        days.execute();
        if (!r.answers().isEmpty()) {
            PreparedBatch answers = handle.prepareBatch(
                    "INSERT INTO nursery_request_answers (request_id, code, answer) VALUES (:id, :code, :answer)");
            r.answers().forEach((code, yes) -> answers.bind("id", id).bind("code", code).bind("answer", yes.booleanValue()).add());
            answers.execute();
        }
        if (!r.documents().isEmpty()) {
            PreparedBatch documents = handle.prepareBatch(
                    "INSERT INTO nursery_request_documents (request_id, ordinal, document_id, kind) VALUES (:id, :ordinal, :document, :kind)");
            for (int i = 0; i < r.documents().size(); i++) {
                RequestDocument d = r.documents().get(i);
                documents.bind("id", id).bind("ordinal", i).bind("document", d.document()).bind("kind", d.kind()).add();
            }
            documents.execute();
        }
        if (!r.corrections().isEmpty()) {
            PreparedBatch corrections = handle.prepareBatch("""
                    INSERT INTO nursery_request_corrections (request_id, ordinal, code, answer, corrected_at, corrected_by, reason)
                    VALUES (:id, :ordinal, :code, :answer, :at, :by, :reason)
                    """);
            for (int i = 0; i < r.corrections().size(); i++) {
                AnswerCorrection c = r.corrections().get(i);
                int ordinal = i;
                c.changes().forEach((code, yes) -> corrections.bind("id", id).bind("ordinal", ordinal).bind("code", code)
                        .bind("answer", yes.booleanValue()).bind("at", c.at()).bind("by", c.by()).bind("reason", c.reason()).add());
            }
            corrections.execute();
        }
    }

    @Override
    public Optional<NurseryRequest> byId(NurseryRequestId id) {
        return list("WHERE id = :id", q -> q.bind("id", id)).stream().findFirst();
    }

    /** The lock is the request row's {@code SELECT … FOR UPDATE}. */
    @Override
    public Optional<NurseryRequest> byIdForChange(NurseryRequestId id) {
        boolean known = db.withHandle(handle -> handle.createQuery("SELECT id FROM nursery_requests WHERE id = :id FOR UPDATE")
                .bind("id", id).mapTo(UUID.class).findOne().isPresent());
        return known ? byId(id) : Optional.empty();
    }

    @Override
    public List<NurseryRequest> of(FamilyId family, AccountId requester) {
        if (family == null && requester == null) {
            return List.of();
        }
        return list("WHERE family_id = :family OR requester_id = :requester", q -> q
                .bindByType("family", family == null ? null : family.value(), UUID.class)
                .bindByType("requester", requester == null ? null : requester.value(), UUID.class));
    }

    @Override
    public List<NurseryRequest> all() {
        return list("", q -> q);
    }

    private record Row(UUID id, UUID requester, UUID family, UUID child, String firstName, String lastName, LocalDate birthDate,
            LocalDate expectedBirthDate, LocalDate wishedStart, String status, java.time.Instant submittedAt, Applicant applicant) {
    }

    private record CorrectionRow(java.time.Instant at, String by, String reason, Map<String, Boolean> changes) {
    }

    private static Applicant applicant(java.sql.ResultSet row) throws java.sql.SQLException {
        String firstName = row.getString("applicant_first_name");
        if (firstName == null) {
            return null;
        }
        return new Applicant(firstName, row.getString("applicant_last_name"), row.getString("contact_email"),
                row.getString("applicant_phone"), new Address(row.getString("address_line1"), row.getString("address_line2"),
                        row.getString("address_postcode"), row.getString("address_city")));
    }

    private List<NurseryRequest> list(String where, UnaryOperator<Query> bind) {
        return db.withHandle(handle -> {
            List<Row> rows = bind.apply(handle.createQuery(SELECT + where + ORDER))
                    .map((row, ctx) -> new Row(Columns.uuid(row, "id"), Columns.uuid(row, "requester_id"), Columns.uuid(row, "family_id"),
                            Columns.uuid(row, "child_id"), row.getString("first_name"), row.getString("last_name"),
                            Columns.date(row, "birth_date"), Columns.date(row, "expected_birth_date"), Columns.date(row, "wished_start"),
                            row.getString("status"), Columns.instant(row, "submitted_at"), applicant(row)))
                    .list();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<UUID> ids = rows.stream().map(Row::id).toList();
            Map<UUID, Map<DayOfWeek, DailyHours>> days = new HashMap<>();
            handle.createQuery("SELECT request_id, weekday, arrival, departure FROM nursery_request_days WHERE request_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, ctx) -> days.computeIfAbsent(Columns.uuid(row, "request_id"), k -> new EnumMap<>(DayOfWeek.class))
                            .put(Columns.get(row, "weekday", DayOfWeek.class, ctx),
                                    new DailyHours(row.getObject("arrival", LocalTime.class), row.getObject("departure", LocalTime.class))))
                    .list();
            Map<UUID, Map<String, Boolean>> answers = new HashMap<>();
            handle.createQuery("SELECT request_id, code, answer FROM nursery_request_answers WHERE request_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, ctx) -> answers.computeIfAbsent(Columns.uuid(row, "request_id"), k -> new TreeMap<>())
                            .put(row.getString("code"), row.getBoolean("answer")))
                    .list();
            Map<UUID, List<RequestDocument>> documents = new HashMap<>();
            handle.createQuery("""
                    SELECT request_id, document_id, kind FROM nursery_request_documents WHERE request_id IN (<ids>) ORDER BY request_id, ordinal
                    """)
                    .bindList("ids", ids)
                    .map((row, ctx) -> documents.computeIfAbsent(Columns.uuid(row, "request_id"), k -> new ArrayList<>())
                            .add(new RequestDocument(Columns.get(row, "document_id", DocumentId.class, ctx), Columns.get(row, "kind", DocumentKind.class, ctx))))
                    .list();
            Map<UUID, Map<Integer, CorrectionRow>> corrections = new HashMap<>();
            handle.createQuery("""
                    SELECT request_id, ordinal, code, answer, corrected_at, corrected_by, reason FROM nursery_request_corrections
                    WHERE request_id IN (<ids>) ORDER BY request_id, ordinal, code
                    """)
                    .bindList("ids", ids)
                    .map((row, ctx) -> {
                        CorrectionRow read = new CorrectionRow(Columns.instant(row, "corrected_at"), row.getString("corrected_by"),
                                row.getString("reason"), new TreeMap<>());
                        return corrections.computeIfAbsent(Columns.uuid(row, "request_id"), k -> new TreeMap<>())
                                .computeIfAbsent(row.getInt("ordinal"), k -> read).changes()
                                .put(row.getString("code"), row.getBoolean("answer"));
                    })
                    .list();
            return rows.stream().map(r -> new NurseryRequest(new NurseryRequestId(r.id()), new AccountId(r.requester()),
                    r.family() == null ? null : new FamilyId(r.family()), r.child() == null ? null : new ChildId(r.child()),
                    r.firstName(), r.lastName(), r.birthDate(), r.expectedBirthDate(), r.wishedStart(), new WeeklySchedule(days.get(r.id())),
                    answers.getOrDefault(r.id(), Map.of()), documents.getOrDefault(r.id(), List.of()),
                    NurseryRequestStatus.valueOf(r.status()), r.submittedAt(), r.applicant(),
                    corrections.getOrDefault(r.id(), Map.of()).values().stream()
                            .map(c -> new AnswerCorrection(c.at(), c.by(), c.reason(), c.changes())).toList())).toList();
        });
    }
}
