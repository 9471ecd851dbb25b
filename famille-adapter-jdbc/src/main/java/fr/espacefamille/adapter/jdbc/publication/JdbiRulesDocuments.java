package fr.espacefamille.adapter.jdbc.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.publication.RulesDocuments;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;

/** {@link RulesDocuments} in the {@code rules_documents} table. */
public final class JdbiRulesDocuments implements RulesDocuments {

    private static final String INSERT = """
            INSERT INTO rules_documents (id, title, service, filename, size_bytes, published_at, storage_name)
            VALUES (:id, :title, :service, :filename, :size, :publishedAt, :storageName)
            """;
    private static final String SELECT = """
            SELECT id, title, service, filename, size_bytes, published_at, storage_name FROM rules_documents
            """;

    private final JdbiContext db;

    public JdbiRulesDocuments(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(RulesDocument d) {
        db.useHandle(handle -> handle.createUpdate(INSERT).bind("id", d.id()).bind("title", d.title())
                .bind("service", d.service()).bind("filename", d.filename()).bind("size", d.sizeBytes())
                .bind("publishedAt", d.publishedAt()).bind("storageName", d.storageName())
                .execute());
    }

    @Override
    public Optional<RulesDocument> byId(RulesDocumentId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map((row, ctx) -> document(row)).findOne());
    }

    @Override
    public List<RulesDocument> all() {
        return db.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY published_at DESC, id")
                .map((row, ctx) -> document(row)).list());
    }

    @Override
    public boolean remove(RulesDocumentId id) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM rules_documents WHERE id = :id")
                .bind("id", id).execute()) > 0;
    }

    private static RulesDocument document(ResultSet row) throws SQLException {
        return new RulesDocument(new RulesDocumentId(Columns.uuid(row, "id")), row.getString("title"),
                RulesService.valueOf(row.getString("service")), row.getString("filename"), row.getLong("size_bytes"),
                Columns.instant(row, "published_at"), row.getString("storage_name"));
    }
}
