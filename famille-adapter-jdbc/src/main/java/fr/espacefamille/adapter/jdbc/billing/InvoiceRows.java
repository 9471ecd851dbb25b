package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

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

    static InvoiceSummary summary(ResultSet row) throws SQLException {
        String number = row.getString("number");
        return new InvoiceSummary(new InvoiceId(Columns.uuid(row, "id")), new BillingRunId(Columns.uuid(row, "run_id")),
                new FamilyId(Columns.uuid(row, "family_id")), row.getString("recipient_name"), Regie.valueOf(row.getString("regie")),
                YearMonth.parse(row.getString("billed_month")), number == null ? null : InvoiceNumber.parse(number).orElseThrow(),
                Columns.date(row, "issued_on"), Columns.date(row, "due_on"), Money.ofCents(row.getLong("total_cents")),
                Money.ofCents(row.getLong("paid_cents")), Money.ofCents(row.getLong("credited_cents")), row.getBoolean("paper"),
                Columns.date(row, "transferred_on"));
    }

    static Recipient recipient(ResultSet row) throws SQLException {
        return new Recipient(row.getString("recipient_name"), new Address(row.getString("address_line1"),
                row.getString("address_line2"), row.getString("postcode"), row.getString("city")));
    }

    static Invoice invoice(InvoiceSummary summary, Recipient recipient, List<InvoiceLine> lines, List<Payment> payments,
            List<CreditNote> creditNotes) {
        return new Invoice(summary.id(), summary.run(), summary.family(), summary.regie(), summary.month(), summary.number(),
                summary.issuedOn(), summary.dueOn(), recipient, summary.paper(), lines, payments, creditNotes,
                summary.transferredOn());
    }

    static InvoiceLine line(ResultSet row) throws SQLException {
        return new InvoiceLine(new ChildId(Columns.uuid(row, "child_id")), row.getString("child_name"),
                LineKind.valueOf(row.getString("kind")), row.getString("label"),
                Quantities.fromHundredths(row.getLong("quantity_hundredths")), Money.ofCents(row.getLong("unit_price_cents")),
                Money.ofCents(row.getLong("amount_cents")));
    }

    static Payment payment(ResultSet row) throws SQLException {
        return new Payment(new PaymentId(Columns.uuid(row, "id")), new InvoiceId(Columns.uuid(row, "invoice_id")),
                PaymentMethod.valueOf(row.getString("method")), Money.ofCents(row.getLong("amount_cents")),
                Columns.date(row, "received_on"), row.getString("reference"), Columns.instant(row, "recorded_at"));
    }

    static CreditNote creditNote(ResultSet row) throws SQLException {
        return new CreditNote(new CreditNoteId(Columns.uuid(row, "id")), new InvoiceId(Columns.uuid(row, "invoice_id")),
                InvoiceNumber.parse(row.getString("number")).orElseThrow(), Money.ofCents(row.getLong("amount_cents")),
                row.getString("reason"), Columns.date(row, "issued_on"));
    }
}
