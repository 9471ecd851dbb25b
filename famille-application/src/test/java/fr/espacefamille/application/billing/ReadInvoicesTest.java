package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

class ReadInvoicesTest {

    private final BillingTestbed bed = new BillingTestbed();
    private final Family martin = bed.family("Martin", 450);
    private final Family nguyen = bed.family("Nguyen", 450);

    private InvoiceId invoiceOf(RunMonthlyBilling.Result result, Family family) {
        return result.invoices().stream().filter(i -> i.family().equals(family.id())).findFirst().orElseThrow().id();
    }

    @Test
    void a_parent_reads_their_family_s_issued_invoices_and_nobody_else_s() {
        bed.meals(martin, 3, BOOKED_MEAL);
        bed.meals(nguyen, 2, BOOKED_MEAL);
        Actor parent = bed.parentOf(martin);
        var issued = bed.issue(SEPTEMBER);

        assertThat(bed.readInvoices().ofOwnFamily(parent)).extracting(InvoiceSummary::family).containsExactly(martin.id());
        assertThat(bed.readInvoices().byId(parent, invoiceOf(issued, martin)).total()).isEqualTo(Money.ofCents(300));
        assertThat(refusalCode(() -> bed.readInvoices().byId(parent, invoiceOf(issued, nguyen)))).isEqualTo("NOT_FOUND");
        assertThat(refusalCode(() -> bed.readInvoices().byId(parent, InvoiceId.random()))).isEqualTo("NOT_FOUND");
        assertThat(refusalCode(() -> bed.readInvoices().search(parent, InvoiceQuery.ALL, 10))).isEqualTo("FORBIDDEN");
    }

    @Test
    void drafts_are_for_staff_only() {
        bed.meals(martin, 3, BOOKED_MEAL);
        Actor parent = bed.parentOf(martin);
        InvoiceId draft = invoiceOf(bed.draft(SEPTEMBER), martin);

        assertThat(bed.readInvoices().ofOwnFamily(parent)).isEmpty();
        assertThat(refusalCode(() -> bed.readInvoices().byId(parent, draft))).isEqualTo("NOT_FOUND");
        assertThat(bed.readInvoices().byId(BillingTestbed.SCHOOL_AGENT, draft).status(LocalDate.of(2026, 10, 2))).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(bed.readInvoices().search(FINANCE, InvoiceQuery.ALL, 10)).as("searches list issued invoices").isEmpty();
    }

    @Test
    void staff_search_by_regie_month_and_status_as_of_today() {
        bed.meals(martin, 3, BOOKED_MEAL);
        bed.meals(nguyen, 2, BOOKED_MEAL);
        var issued = bed.issue(SEPTEMBER);
        bed.recordPayment().record(FINANCE, new RecordPayment.Command(invoiceOf(issued, martin), PaymentMethod.CASH,
                Money.ofCents(100), LocalDate.of(2026, 10, 2), null, null));

        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(Regie.SCHOOL, SEPTEMBER, null, null), 10)).hasSize(2);
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(Regie.EARLY_CHILDHOOD, null, null, null), 10)).isEmpty();
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(null, YearMonth.of(2026, 10), null, null), 10)).isEmpty();
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(null, null, InvoiceStatus.PARTIALLY_PAID, null), 10))
                .extracting(InvoiceSummary::family).containsExactly(martin.id());
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(null, null, InvoiceStatus.ISSUED, null), 10))
                .extracting(InvoiceSummary::family).containsExactly(nguyen.id());
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(null, null, null, nguyen.id()), 10)).hasSize(1);

        bed.at(Instant.parse("2026-11-16T08:00:00Z"));
        assertThat(bed.readInvoices().search(FINANCE, new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), 10)).hasSize(2);
        assertThat(refusalCode(() -> bed.readInvoices().search(FINANCE, InvoiceQuery.ALL, 0))).isEqualTo("VALIDATION_FAILED");
    }
}
