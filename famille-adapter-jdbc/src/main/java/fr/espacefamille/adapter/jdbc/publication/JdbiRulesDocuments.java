package fr.espacefamille.adapter.jdbc.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

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
        db.useHandle(handle -> handle.createUpdate(INSERT).bindMethods(d).bind("size", d.sizeBytes())
                .execute());
    }

    @Override
    public Optional<RulesDocument> byId(RulesDocumentId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiRulesDocuments::document).findOne());
    }

    @Override
    public List<RulesDocument> all() {
        return db.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY published_at DESC, id")
                .map(JdbiRulesDocuments::document).list());
    }

    @Override
    public boolean remove(RulesDocumentId id) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM rules_documents WHERE id = :id")
                .bind("id", id).execute()) > 0;
    }

    private static RulesDocument document(ResultSet row, StatementContext ctx) throws SQLException {
        return new RulesDocument(Columns.get(row, "id", RulesDocumentId.class, ctx), row.getString("title"),
                Columns.get(row, "service", RulesService.class, ctx), row.getString("filename"), row.getLong("size_bytes"),
                Columns.instant(row, "published_at"), row.getString("storage_name"));
    }
}
