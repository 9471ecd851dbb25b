package fr.espacefamille.adapter.jdbc.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.FamilyId;

/** {@link Documents} in the {@code documents} table. */
public final class JdbiDocuments implements Documents {

    private static final String INSERT = """
            INSERT INTO documents (id, family_id, applicant_id, kind, filename, content_type, size_bytes, uploaded_at,
                                   storage_name)
            VALUES (:id, :family, :applicant, :kind, :filename, :contentType, :size, :uploadedAt, :storageName)
            """;
    private static final String SELECT = """
            SELECT id, family_id, applicant_id, kind, filename, content_type, size_bytes, uploaded_at, storage_name FROM documents
            """;

    private final JdbiContext db;

    public JdbiDocuments(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Document d) {
        db.useHandle(handle -> handle.createUpdate(INSERT).bindMethods(d)
                .bindByType("family", d.family() == null ? null : d.family().value(), UUID.class)
                .bindByType("applicant", d.applicant(), UUID.class)
                .bind("size", d.sizeBytes())
                .execute());
    }

    @Override
    public Optional<Document> byId(DocumentId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiDocuments::document).findOne());
    }

    @Override
    public void remove(DocumentId id) {
        db.useHandle(handle -> handle.createUpdate("DELETE FROM documents WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<Document> ofFamily(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE family_id = :family ORDER BY uploaded_at, id")
                .bind("family", family).map(JdbiDocuments::document).list());
    }

    @Override
    public long totalSizeOf(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery("SELECT COALESCE(SUM(size_bytes), 0) FROM documents WHERE family_id = :family")
                .bind("family", family).mapTo(Long.class).one());
    }

    /** The lock is the owner's row, its family's or its applicant account's ({@code SELECT … FOR UPDATE}). */
    @Override
    public long lockedUsage(FamilyId family, AccountId applicant) {
        String owner = family != null ? "family_id" : "applicant_id";
        UUID id = family != null ? family.value() : applicant.value();
        return db.withHandle(handle -> {
            handle.createQuery((family != null ? "SELECT id FROM families" : "SELECT id FROM accounts") + " WHERE id = :id FOR UPDATE")
                    .bind("id", id).mapTo(UUID.class).findOne();
            return handle.createQuery("SELECT COALESCE(SUM(size_bytes), 0) FROM documents WHERE " + owner + " = :id")
                    .bind("id", id).mapTo(Long.class).one();
        });
    }

    @Override
    public List<Document> ofApplicant(AccountId applicant) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE applicant_id = :applicant ORDER BY uploaded_at, id")
                .bind("applicant", applicant).map(JdbiDocuments::document).list());
    }

    @Override
    public void handOver(AccountId applicant, FamilyId family) {
        db.useHandle(handle -> handle.createUpdate(
                "UPDATE documents SET family_id = :family, applicant_id = NULL WHERE applicant_id = :applicant")
                .bind("family", family).bind("applicant", applicant).execute());
    }

    private static Document document(ResultSet row, StatementContext ctx) throws SQLException {
        UUID applicant = Columns.uuid(row, "applicant_id");
        return new Document(Columns.get(row, "id", DocumentId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                Columns.get(row, "kind", DocumentKind.class, ctx), row.getString("filename"), row.getString("content_type"),
                row.getLong("size_bytes"), Columns.instant(row, "uploaded_at"), row.getString("storage_name"),
                applicant);
    }
}
