package fr.espacefamille.adapter.jdbc.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.family.AddressRequests;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * {@link AddressRequests} in {@code address_requests}. A pending request also fills
 * {@code pending_family_id}, whose UNIQUE constraint keeps one pending request per family.
 */
public final class JdbiAddressRequests implements AddressRequests {

    private static final String COLUMNS = """
            id, family_id, guardian_id, address_line1, address_line2, postcode, city, proof_document_id,
            requested_at, status, decided_at, decided_by, refusal_reason
            """;
    private static final String INSERT = "INSERT INTO address_requests (" + COLUMNS + ", pending_family_id) VALUES ("
            + """
            :id, :familyId, :guardianId, :line1, :line2, :postcode, :city, :proof,
            :requestedAt, :status, :decidedAt, :decidedBy, :reason, :pendingFamilyId)
            """;
    private static final String UPDATE = """
            UPDATE address_requests SET status = :status, decided_at = :decidedAt, decided_by = :decidedBy,
                                        refusal_reason = :reason, pending_family_id = :pendingFamilyId
            WHERE id = :id
            """;
    private static final String SELECT = "SELECT " + COLUMNS + " FROM address_requests ";

    private final JdbiContext db;

    public JdbiAddressRequests(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(AddressRequest request) {
        db.useHandle(handle -> bind(handle.createUpdate(INSERT), request)
                .bind("familyId", request.family())
                .bind("guardianId", request.guardian())
                .bind("line1", request.address().line1())
                .bind("line2", request.address().line2())
                .bind("postcode", request.address().postcode())
                .bind("city", request.address().city())
                .bindByType("proof", request.proofDocument().map(DocumentId::value).orElse(null), UUID.class)
                .bind("requestedAt", request.requestedAt())
                .execute());
    }

    @Override
    public void update(AddressRequest request) {
        db.useHandle(handle -> {
            if (bind(handle.createUpdate(UPDATE), request).execute() == 0) {
                throw new IllegalStateException("Unknown address request: " + request.id());
            }
        });
    }

    @Override
    public Optional<AddressRequest> byId(AddressRequestId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiAddressRequests::request).findOne());
    }

    @Override
    public Optional<AddressRequest> pendingOf(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE pending_family_id = :familyId")
                .bind("familyId", family)
                .map(JdbiAddressRequests::request).findOne());
    }

    @Override
    public List<AddressRequest> pending(int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE status = 'PENDING' ORDER BY requested_at, id LIMIT :limit")
                .bind("limit", limit)
                .map(JdbiAddressRequests::request).list());
    }

    /** The columns a decision changes. */
    private static Update bind(Update update, AddressRequest request) {
        return update.bind("id", request.id())
                .bind("status", request.status())
                .bindByType("decidedAt", request.decidedAt(), Instant.class)
                .bind("decidedBy", request.decidedBy())
                .bind("reason", request.refusalReason())
                .bindByType("pendingFamilyId", request.isPending() ? request.family().value() : null, UUID.class);
    }

    private static AddressRequest request(ResultSet row, StatementContext ctx) throws SQLException {
        return new AddressRequest(Columns.get(row, "id", AddressRequestId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                Columns.get(row, "guardian_id", GuardianId.class, ctx),
                new Address(row.getString("address_line1"), row.getString("address_line2"), row.getString("postcode"),
                        row.getString("city")),
                Columns.get(row, "proof_document_id", DocumentId.class, ctx), Columns.instant(row, "requested_at"),
                Columns.get(row, "status", AddressRequest.Status.class, ctx), Columns.instant(row, "decided_at"),
                row.getString("decided_by"), row.getString("refusal_reason"));
    }
}
