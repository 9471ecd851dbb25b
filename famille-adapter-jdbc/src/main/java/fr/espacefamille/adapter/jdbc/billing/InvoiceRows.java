package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.CreditNoteId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Quantities;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/** Builds invoices and their parts from rows of {@code invoices}, {@code invoice_lines}, {@code invoice_payments}, {@code credit_notes}. */
final class InvoiceRows {

    static final String INVOICE_COLUMNS = """
            id, run_id, family_id, regie, billed_month, number, issued_on, due_on, recipient_name, address_line1,
            address_line2, postcode, city, paper, total_cents, paid_cents, credited_cents, transferred_on
            """;

    private InvoiceRows() {
    }

    static InvoiceSummary summary(ResultSet row, StatementContext ctx) throws SQLException {
        String number = row.getString("number");
        return new InvoiceSummary(Columns.get(row, "id", InvoiceId.class, ctx), Columns.get(row, "run_id", BillingRunId.class, ctx),
                Columns.get(row, "family_id", FamilyId.class, ctx), row.getString("recipient_name"), Columns.get(row, "regie", Regie.class, ctx),
                YearMonth.parse(row.getString("billed_month")), number == null ? null : InvoiceNumber.parse(number).orElseThrow(),
                Columns.date(row, "issued_on"), Columns.date(row, "due_on"), Columns.get(row, "total_cents", Money.class, ctx),
                Columns.get(row, "paid_cents", Money.class, ctx), Columns.get(row, "credited_cents", Money.class, ctx), row.getBoolean("paper"),
                Columns.date(row, "transferred_on"));
    }

    static Recipient recipient(ResultSet row, StatementContext ctx) throws SQLException {
        return new Recipient(row.getString("recipient_name"), new Address(row.getString("address_line1"),
                row.getString("address_line2"), row.getString("postcode"), row.getString("city")));
    }

    static Invoice invoice(InvoiceSummary summary, Recipient recipient, List<InvoiceLine> lines, List<Payment> payments,
            List<CreditNote> creditNotes) {
        return new Invoice(summary.id(), summary.run(), summary.family(), summary.regie(), summary.month(), summary.number(),
                summary.issuedOn(), summary.dueOn(), recipient, summary.paper(), lines, payments, creditNotes,
                summary.transferredOn());
    }

    static InvoiceLine line(ResultSet row, StatementContext ctx) throws SQLException {
        return new InvoiceLine(Columns.get(row, "child_id", ChildId.class, ctx), row.getString("child_name"),
                Columns.get(row, "kind", LineKind.class, ctx), row.getString("label"),
                Quantities.fromHundredths(row.getLong("quantity_hundredths")), Columns.get(row, "unit_price_cents", Money.class, ctx),
                Columns.get(row, "amount_cents", Money.class, ctx));
    }

    static Payment payment(ResultSet row, StatementContext ctx) throws SQLException {
        return new Payment(Columns.get(row, "id", PaymentId.class, ctx), Columns.get(row, "invoice_id", InvoiceId.class, ctx),
                Columns.get(row, "method", PaymentMethod.class, ctx), Columns.get(row, "amount_cents", Money.class, ctx),
                Columns.date(row, "received_on"), row.getString("reference"), Columns.instant(row, "recorded_at"));
    }

    static CreditNote creditNote(ResultSet row, StatementContext ctx) throws SQLException {
        return new CreditNote(Columns.get(row, "id", CreditNoteId.class, ctx), Columns.get(row, "invoice_id", InvoiceId.class, ctx),
                InvoiceNumber.parse(row.getString("number")).orElseThrow(), Columns.get(row, "amount_cents", Money.class, ctx),
                row.getString("reason"), Columns.date(row, "issued_on"));
    }
}
