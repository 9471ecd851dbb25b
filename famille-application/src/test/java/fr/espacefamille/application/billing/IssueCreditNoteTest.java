package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

class IssueCreditNoteTest {

    private final BillingTestbed bed = new BillingTestbed();
    private Family martin;
    private InvoiceId invoice;

    @BeforeEach
    void issueTwoInvoices() {
        martin = bed.family("Martin", 450);
        bed.meals(martin, 15, BOOKED_MEAL);
        bed.meals(bed.family("Nguyen", 450), 2, BOOKED_MEAL);
        invoice = bed.issue(SEPTEMBER).invoices().stream().filter(i -> i.family().equals(martin.id())).findFirst().orElseThrow().id();
    }

    private CreditNote credit(long cents) {
        return bed.issueCreditNote().issue(FINANCE, new IssueCreditNote.Command(invoice, Money.ofCents(cents), "Repas facturé à tort"));
    }

    @Test
    void a_credit_note_takes_the_next_number_of_the_regie_s_sequence_and_reduces_the_balance() {
        CreditNote note = credit(250);

        assertThat(note.number()).hasToString("AS-2026-000003");
        Invoice credited = bed.invoices.byId(invoice).orElseThrow();
        assertThat(credited.balance()).isEqualTo(Money.ofCents(1250));
        assertThat(credited.total()).isEqualTo(Money.ofCents(1500));
        assertThat(credited.status(LocalDate.of(2026, 10, 2))).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void invoices_issued_after_a_credit_note_go_on_from_its_number() {
        credit(250);
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 10, 1), 2, BOOKED_MEAL);
        bed.at(Instant.parse("2026-11-02T08:00:00Z"));

        var october = bed.issue(YearMonth.of(2026, 10));

        assertThat(october.invoices().get(0).number()).hasToString("AS-2026-000004");
    }

    @Test
    void a_credit_note_cannot_exceed_what_is_left_to_pay_and_takes_no_number_when_refused() {
        bed.recordPayment().record(FINANCE, new RecordPayment.Command(invoice, PaymentMethod.CASH, Money.ofCents(1000),
                LocalDate.of(2026, 10, 2), null, null));

        assertThat(refusalCode(() -> credit(501))).isEqualTo("AMOUNT_EXCEEDS_BALANCE");
        assertThat(credit(500).number()).hasToString("AS-2026-000003");
        assertThat(bed.invoices.byId(invoice).orElseThrow().status(LocalDate.of(2026, 12, 1))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void needs_a_reason_and_a_positive_amount_and_is_audited() {
        assertThat(refusalCode(() -> bed.issueCreditNote().issue(FINANCE, new IssueCreditNote.Command(invoice, Money.ofCents(100), " "))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> credit(0))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> bed.issueCreditNote().issue(BillingTestbed.SCHOOL_AGENT,
                new IssueCreditNote.Command(invoice, Money.ofCents(100), "motif")))).isEqualTo("FORBIDDEN");

        credit(100);

        assertThat(bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("CREDIT_NOTE_ISSUED");
                    assertThat(e.after()).contains("AS-2026-000003").contains("\"balanceCents\":1400");
                });
    }
}
