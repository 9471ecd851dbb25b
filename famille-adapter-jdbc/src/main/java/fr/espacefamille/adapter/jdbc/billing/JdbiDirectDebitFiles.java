package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.DirectDebitFiles;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.RejectReason;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/**
 * {@link DirectDebitFiles} in {@code direct_debit_files} (with the document's bytes) and
 * {@code direct_debit_collections}, whose key is the invoice: an invoice already in a file makes the
 * insert of another fail. Collections are written many rows per statement.
 */
public final class JdbiDirectDebitFiles implements DirectDebitFiles {

    private static final String FILE_COLUMNS = """
            SELECT id, regie, run_id, message_id, collection_date, tx_count, total_cents, created_at, created_by, executed_on
            FROM direct_debit_files
            """;
    private static final List<String> COLLECTION_COLUMNS = List.of("invoice_id", "file_id", "run_id", "regie", "invoice_number",
            "billed_month", "family_id", "mandate_id", "rum", "signed_on", "holder", "iban", "sequence_type", "amount_cents", "status",
            "payment_id", "reason_code", "rejected_on");
    private static final List<Class<?>> COLLECTION_TYPES = List.of(UUID.class, UUID.class, UUID.class, String.class, String.class,
            String.class, UUID.class, UUID.class, String.class, LocalDate.class, String.class, String.class, String.class, Long.class,
            String.class, UUID.class, String.class, LocalDate.class);

    private final JdbiContext db;

    public JdbiDirectDebitFiles(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(DirectDebitFile file, List<DirectDebitCollection> collections, byte[] content) {
        MultiRowInsert rows = new MultiRowInsert("direct_debit_collections", COLLECTION_COLUMNS, COLLECTION_TYPES);
        for (DirectDebitCollection c : collections) {
            rows.add(c.invoice().value(), c.file().value(), file.run().value(), file.regie().name(), c.number().toString(),
                    c.month().toString(), c.family().value(), c.mandate().value(), c.rum(), c.signedOn(), c.holder(), c.iban().value(),
                    c.sequence().name(), c.amount().cents(), c.status().name(), c.payment() == null ? null : c.payment().value(),
                    c.reason() == null ? null : c.reason().name(), c.rejectedOn());
        }
        db.useHandle(handle -> {
            handle.createUpdate("""
                    INSERT INTO direct_debit_files (id, regie, run_id, message_id, collection_date, tx_count, total_cents, created_at,
                        created_by, executed_on, content)
                    VALUES (:id, :regie, :run, :messageId, :collectionDate, :count, :total, :createdAt, :createdBy, :executedOn, :content)
                    """).bindMethods(file)
                    .bind("total", file.total().cents()).bind("content", content)
                    .execute();
            rows.execute(handle);
        });
    }

    @Override
    public Optional<DirectDebitFile> byId(DirectDebitFileId id) {
        return db.withHandle(handle -> handle.createQuery(FILE_COLUMNS + "WHERE id = :id").bind("id", id)
                .map(JdbiDirectDebitFiles::file).findOne());
    }

    @Override
    public Optional<DirectDebitFile> lock(DirectDebitFileId id) {
        return db.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("A direct-debit file is locked for the transaction that changes it");
            }
            return handle.createQuery(FILE_COLUMNS + "WHERE id = :id FOR UPDATE").bind("id", id)
                    .map(JdbiDirectDebitFiles::file).findOne();
        });
    }

    @Override
    public List<DirectDebitFile> latest(int limit) {
        return db.withHandle(handle -> handle.createQuery(FILE_COLUMNS + "ORDER BY created_at DESC, message_id DESC LIMIT :limit")
                .bind("limit", limit).map(JdbiDirectDebitFiles::file).list());
    }

    @Override
    public byte[] content(DirectDebitFileId id) {
        return db.withHandle(handle -> handle.createQuery("SELECT content FROM direct_debit_files WHERE id = :id")
                .bind("id", id).mapTo(byte[].class).findOne())
                .orElseThrow(() -> new IllegalStateException("Unknown file " + id));
    }

    @Override
    public List<DirectDebitCollection> collections(DirectDebitFileId id) {
        return db.withHandle(handle -> handle.createQuery("SELECT * FROM direct_debit_collections WHERE file_id = :file ORDER BY invoice_number")
                .bind("file", id).map(JdbiDirectDebitFiles::collection).list());
    }

    @Override
    public Optional<DirectDebitCollection> collectionOf(InvoiceId invoice) {
        return db.withHandle(handle -> handle.createQuery("SELECT * FROM direct_debit_collections WHERE invoice_id = :invoice")
                .bind("invoice", invoice).map(JdbiDirectDebitFiles::collection).findOne());
    }

    @Override
    public Set<InvoiceId> inFiles(BillingRunId run) {
        return db.withHandle(handle -> handle.createQuery("SELECT invoice_id FROM direct_debit_collections WHERE run_id = :run")
                .bind("run", run).mapTo(InvoiceId.class)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public Set<MandateId> mandatesCollected(Regie regie) {
        return db.withHandle(handle -> new HashSet<>(handle.createQuery(
                "SELECT DISTINCT mandate_id FROM direct_debit_collections WHERE regie = :regie AND status <> 'REJECTED'")
                .bind("regie", regie).mapTo(MandateId.class).list()));
    }

    @Override
    public void update(DirectDebitCollection c) {
        db.useHandle(handle -> {
            int updated = handle.createUpdate("""
                    UPDATE direct_debit_collections SET status = :status, payment_id = :payment, reason_code = :reason,
                        rejected_on = :rejectedOn
                    WHERE invoice_id = :invoice
                    """)
                    .bind("invoice", c.invoice()).bind("status", c.status())
                    .bindByType("payment", c.payment(), PaymentId.class)
                    .bind("reason", c.reason() == null ? null : c.reason().name())
                    .bindByType("rejectedOn", c.rejectedOn(), LocalDate.class)
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("Unknown collection " + c.number());
            }
        });
    }

    @Override
    public void markExecuted(DirectDebitFile file) {
        db.useHandle(handle -> handle.createUpdate("UPDATE direct_debit_files SET executed_on = :executedOn WHERE id = :id")
                .bind("id", file.id()).bind("executedOn", file.executedOn()).execute());
    }

    private static DirectDebitFile file(ResultSet row, StatementContext ctx) throws SQLException {
        return new DirectDebitFile(Columns.get(row, "id", DirectDebitFileId.class, ctx), Columns.get(row, "regie", Regie.class, ctx),
                Columns.get(row, "run_id", BillingRunId.class, ctx), row.getString("message_id"), Columns.date(row, "collection_date"),
                row.getInt("tx_count"), Columns.get(row, "total_cents", Money.class, ctx), Columns.instant(row, "created_at"),
                row.getString("created_by"), Columns.date(row, "executed_on"));
    }

    private static DirectDebitCollection collection(ResultSet row, StatementContext ctx) throws SQLException {
        return new DirectDebitCollection(Columns.get(row, "file_id", DirectDebitFileId.class, ctx), Columns.get(row, "invoice_id", InvoiceId.class, ctx),
                InvoiceNumber.parse(row.getString("invoice_number")).orElseThrow(), YearMonth.parse(row.getString("billed_month")),
                Columns.get(row, "family_id", FamilyId.class, ctx), Columns.get(row, "mandate_id", MandateId.class, ctx), row.getString("rum"),
                Columns.date(row, "signed_on"), row.getString("holder"), new Iban(row.getString("iban")),
                Columns.get(row, "sequence_type", SequenceType.class, ctx), Columns.get(row, "amount_cents", Money.class, ctx),
                Columns.get(row, "status", CollectionStatus.class, ctx), Columns.get(row, "payment_id", PaymentId.class, ctx),
                Columns.get(row, "reason_code", RejectReason.class, ctx), Columns.date(row, "rejected_on"));
    }
}
