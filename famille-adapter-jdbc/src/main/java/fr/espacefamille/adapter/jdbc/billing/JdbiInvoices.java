package fr.espacefamille.adapter.jdbc.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Quantities;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/**
 * {@link Invoices} in {@code invoices}, {@code invoice_lines}, {@code invoice_payments} and
 * {@code credit_notes}. A run's invoices are written many rows per statement; an invoice's paid and credited
 * totals are kept on its row: a settlement writes the aggregate's new totals, only over the row's totals it
 * follows from (the caller holds the invoice's lock, so a forgotten lock fails rather than losing a payment), and
 * a CHECK keeps them within its total, but for what a direct debit collected after a credit note took beyond it
 * (money to refund), kept apart. A status is the domain's ({@link InvoiceSummary#status}), never restated in SQL.
 */
public final class JdbiInvoices implements Invoices {

    private static final List<String> INVOICE_COLUMNS = List.of("id", "run_id", "family_id", "regie", "billed_month", "number",
            "issued_on", "due_on", "recipient_name", "address_line1", "address_line2", "postcode", "city", "paper", "total_cents",
            "paid_cents", "credited_cents");
    private static final List<Class<?>> INVOICE_TYPES = List.of(UUID.class, UUID.class, UUID.class, String.class, String.class,
            String.class, LocalDate.class, LocalDate.class, String.class, String.class, String.class, String.class, String.class,
            Boolean.class, Long.class, Long.class, Long.class);
    private static final List<String> LINE_COLUMNS = List.of("invoice_id", "ordinal", "child_id", "child_name", "kind", "label",
            "quantity_hundredths", "unit_price_cents", "amount_cents");
    private static final List<Class<?>> LINE_TYPES = List.of(UUID.class, Integer.class, UUID.class, String.class, String.class,
            String.class, Long.class, Long.class, Long.class);
    private static final String SELECT_INVOICES = "SELECT " + InvoiceRows.INVOICE_COLUMNS + " FROM invoices ";

    private final JdbiContext db;

    public JdbiInvoices(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void addAll(List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        MultiRowInsert rows = new MultiRowInsert("invoices", INVOICE_COLUMNS, INVOICE_TYPES);
        MultiRowInsert lines = new MultiRowInsert("invoice_lines", LINE_COLUMNS, LINE_TYPES);
        for (Invoice invoice : invoices) {
            Recipient to = invoice.recipient();
            rows.add(invoice.id().value(), invoice.run().value(), invoice.family().value(), invoice.regie().name(),
                    invoice.month().toString(), invoice.issued() ? invoice.number().toString() : null, invoice.issuedOn(),
                    invoice.dueOn(), to.name(), to.address().line1(), to.address().line2(), to.address().postcode(),
                    to.address().city(), invoice.paper(), invoice.total().cents(), 0L, 0L);
            for (int i = 0; i < invoice.lines().size(); i++) {
                InvoiceLine line = invoice.lines().get(i);
                lines.add(invoice.id().value(), i, line.child().value(), line.childName(), line.kind().name(), line.label(),
                        Quantities.toHundredths(line.quantity()), line.unitPrice().cents(), line.amount().cents());
            }
        }
        db.useHandle(handle -> {
            rows.execute(handle);
            lines.execute(handle);
        });
    }

    @Override
    public void removeDraftsOf(BillingRunId run) {
        db.useHandle(handle -> {
            handle.createUpdate("DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE run_id = :run AND number IS NULL)")
                    .bind("run", run).execute();
            handle.createUpdate("DELETE FROM invoices WHERE run_id = :run AND number IS NULL").bind("run", run).execute();
        });
    }

    @Override
    public Optional<Invoice> byId(InvoiceId id) {
        return db.withHandle(handle -> load(handle, SELECT_INVOICES + "WHERE id = :id", id).stream().findFirst());
    }

    @Override
    public Optional<Invoice> lock(InvoiceId id) {
        return db.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("An invoice is locked for the transaction that settles it");
            }
            return load(handle, SELECT_INVOICES + "WHERE id = :id FOR UPDATE", id).stream().findFirst();
        });
    }

    private static List<Invoice> load(Handle handle, String select, InvoiceId id) {
        return whole(handle, handle.createQuery(select).bind("id", id));
    }

    /** The invoices the query selects, whole, in its order: four queries whatever their number. */
    private static List<Invoice> whole(Handle handle, Query select) {
        Map<UUID, InvoiceSummary> summaries = new LinkedHashMap<>();
        Map<UUID, Recipient> recipients = new HashMap<>();
        select.map((row, ctx) -> {
            InvoiceSummary summary = InvoiceRows.summary(row, ctx);
            recipients.put(summary.id().value(), InvoiceRows.recipient(row, ctx));
            return summary;
        }).forEach(summary -> summaries.put(summary.id().value(), summary));
        if (summaries.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(summaries.keySet());
        Map<UUID, List<InvoiceLine>> lines = parts(handle,
                "SELECT * FROM invoice_lines WHERE invoice_id IN (<ids>) ORDER BY invoice_id, ordinal", ids, InvoiceRows::line);
        Map<UUID, List<Payment>> payments = parts(handle,
                "SELECT * FROM invoice_payments WHERE invoice_id IN (<ids>) ORDER BY recorded_at, id", ids, InvoiceRows::payment);
        Map<UUID, List<CreditNote>> credits = parts(handle,
                "SELECT * FROM credit_notes WHERE invoice_id IN (<ids>) ORDER BY number", ids, InvoiceRows::creditNote);
        return ids.stream().map(id -> InvoiceRows.invoice(summaries.get(id), recipients.get(id), lines.getOrDefault(id, List.of()),
                payments.getOrDefault(id, List.of()), credits.getOrDefault(id, List.of()))).toList();
    }

    private static <T> Map<UUID, List<T>> parts(Handle handle, String select, List<UUID> ids, RowMapper<T> part) {
        Map<UUID, List<T>> parts = new HashMap<>();
        handle.createQuery(select).bindList("ids", ids)
                .map((row, ctx) -> Map.entry(Columns.uuid(row, "invoice_id"), part.map(row, ctx)))
                .forEach(entry -> parts.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return parts;
    }

    @Override
    public List<InvoiceSummary> ofRun(BillingRunId run) {
        return db.withHandle(handle -> handle.createQuery(SELECT_INVOICES + "WHERE run_id = :run ORDER BY number, recipient_name, id")
                .bind("run", run).map(InvoiceRows::summary).list());
    }

    @Override
    public List<Invoice> pageOfRun(BillingRunId run, boolean paperOnly, InvoiceId after, int limit) {
        String where = "WHERE run_id = :run" + (paperOnly ? " AND paper" : "") + (after == null ? "" : " AND id > :after");
        return db.withHandle(handle -> {
            Query select = handle.createQuery(SELECT_INVOICES + where + " ORDER BY id LIMIT :limit")
                    .bind("run", run).bind("limit", limit);
            if (after != null) {
                select.bind("after", after);
            }
            return whole(handle, select);
        });
    }

    @Override
    public List<InvoiceSummary> issuedToFamily(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery(SELECT_INVOICES
                + "WHERE family_id = :family AND number IS NOT NULL ORDER BY issued_on DESC, number DESC")
                .bind("family", family).map(InvoiceRows::summary).list());
    }

    @Override
    public List<InvoiceSummary> search(InvoiceQuery query, LocalDate today, int limit) {
        List<String> conditions = new ArrayList<>();
        conditions.add("number IS NOT NULL");
        if (query.regie() != null) {
            conditions.add("regie = :regie");
        }
        if (query.month() != null) {
            conditions.add("billed_month = :month");
        }
        if (query.family() != null) {
            conditions.add("family_id = :family");
        }
        return db.withHandle(handle -> {
            // without a status the database limits; with one, rows are read in order until enough have it
            Query select = handle.createQuery(SELECT_INVOICES + "WHERE " + String.join(" AND ", conditions)
                    + " ORDER BY number" + (query.status() == null ? " LIMIT " + limit : ""));
            if (query.regie() != null) {
                select.bind("regie", query.regie());
            }
            if (query.month() != null) {
                select.bind("month", query.month().toString());
            }
            if (query.family() != null) {
                select.bind("family", query.family());
            }
            try (Stream<InvoiceSummary> found = select.map(InvoiceRows::summary).stream()) {
                return found.filter(summary -> query.status() == null || summary.status(today) == query.status())
                        .limit(limit).toList();
            }
        });
    }

    @Override
    public void addPayment(Invoice paid, Payment payment, String idempotencyKey) {
        requirePart(paid.payments().contains(payment), paid, payment);
        db.useHandle(handle -> {
            insertPayment(handle, payment, idempotencyKey);
            settle(handle, paid, paid.paid().minus(payment.amount()), paid.credited(), false);
        });
    }

    @Override
    public void addCollected(Invoice collected, Payment payment) {
        requirePart(collected.payments().contains(payment), collected, payment);
        db.useHandle(handle -> {
            insertPayment(handle, payment, null);
            settle(handle, collected, collected.paid().minus(payment.amount()), collected.credited(), true);
        });
    }

    private static void insertPayment(Handle handle, Payment payment, String idempotencyKey) {
        handle.createUpdate("""
                INSERT INTO invoice_payments (id, invoice_id, method, amount_cents, received_on, reference, idempotency_key, recorded_at)
                VALUES (:id, :invoice, :method, :amount, :receivedOn, :reference, :key, :recordedAt)
                """).bindMethods(payment)
                .bind("amount", payment.amount().cents())
                .bind("key", idempotencyKey)
                .execute();
    }

    @Override
    public void removePayment(Invoice unpaid, Payment payment) {
        requirePart(!unpaid.payments().contains(payment) && unpaid.id().equals(payment.invoice()), unpaid, payment);
        db.useHandle(handle -> {
            if (handle.createUpdate("DELETE FROM invoice_payments WHERE id = :id AND invoice_id = :invoice")
                    .bind("id", payment.id()).bind("invoice", payment.invoice()).execute() != 1) {
                throw new IllegalStateException("Unknown payment " + payment.id());
            }
            settle(handle, unpaid, unpaid.paid().plus(payment.amount()), unpaid.credited(), true);
        });
    }

    @Override
    public Optional<Payment> paymentByKey(String idempotencyKey) {
        return db.withHandle(handle -> handle.createQuery("SELECT * FROM invoice_payments WHERE idempotency_key = :key")
                .bind("key", idempotencyKey).map(InvoiceRows::payment).findOne());
    }

    @Override
    public boolean hasPayment(InvoiceId invoice, PaymentMethod method, String reference) {
        return db.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM invoice_payments WHERE invoice_id = :invoice AND method = :method AND reference = :reference")
                .bind("invoice", invoice).bind("method", method).bind("reference", reference)
                .mapTo(Integer.class).one() > 0);
    }

    @Override
    public void addCreditNote(Invoice credited, CreditNote note) {
        requirePart(credited.creditNotes().contains(note), credited, note);
        db.useHandle(handle -> {
            handle.createUpdate("""
                    INSERT INTO credit_notes (id, invoice_id, number, amount_cents, reason, issued_on)
                    VALUES (:id, :invoice, :number, :amount, :reason, :issuedOn)
                    """).bindMethods(note)
                    .bind("number", note.number().toString())
                    .bind("amount", note.amount().cents())
                    .execute();
            settle(handle, credited, credited.paid(), credited.credited().minus(note.amount()), false);
        });
    }

    @Override
    public List<Invoice> paidBetween(Regie regie, LocalDate from, LocalDate to, FamilyId family) {
        return db.withHandle(handle -> {
            Query select = handle.createQuery(SELECT_INVOICES + "WHERE regie = :regie" + (family == null ? "" : " AND family_id = :family")
                    + " AND id IN (SELECT invoice_id FROM invoice_payments WHERE received_on BETWEEN :from AND :to) ORDER BY id")
                    .bind("regie", regie).bind("from", from).bind("to", to);
            if (family != null) {
                select.bind("family", family);
            }
            return whole(handle, select);
        });
    }

    @Override
    public void markTransferred(InvoiceId invoice, LocalDate on) {
        db.useHandle(handle -> {
            if (handle.createUpdate("UPDATE invoices SET transferred_on = :on WHERE id = :id AND transferred_on IS NULL")
                    .bind("on", on).bind("id", invoice).execute() != 1) {
                throw new IllegalStateException("Invoice unknown or already transferred: " + invoice);
            }
        });
    }

    private static void requirePart(boolean consistent, Invoice invoice, Object part) {
        if (!consistent) {
            throw new IllegalArgumentException("Invoice " + invoice.id() + " does not follow from " + part);
        }
    }

    /**
     * Writes the invoice's new paid and credited totals over the row's {@code paidBefore} and {@code creditedBefore}.
     * {@code refundable}: a collection or a reject also writes what was collected beyond the total, kept apart so
     * that the CHECK still holds every other settlement within the total.
     */
    private static void settle(Handle handle, Invoice after, Money paidBefore, Money creditedBefore, boolean refundable) {
        Update update = handle.createUpdate("UPDATE invoices SET paid_cents = :paid, credited_cents = :credited"
                + (refundable ? ", over_collected_cents = :beyond" : "")
                + " WHERE id = :id AND paid_cents = :paidBefore AND credited_cents = :creditedBefore")
                .bind("paid", after.paid().cents()).bind("credited", after.credited().cents())
                .bind("paidBefore", paidBefore.cents()).bind("creditedBefore", creditedBefore.cents())
                .bind("id", after.id());
        if (refundable) {
            update.bind("beyond", after.balance().negate().max(Money.ZERO).cents());
        }
        if (update.execute() != 1) {
            throw new IllegalStateException("Invoice " + after.id() + " unknown or changed since it was read: settle it under its lock");
        }
    }
}
