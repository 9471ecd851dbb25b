package fr.espacefamille.adapter.jdbc.billing;

import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.NOW;
import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.OCT_2;
import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.CreditNoteId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/** What every {@link Invoices} store does. */
abstract class InvoicesContract extends StoreContract {

    private Invoices invoices;
    private BillingRun run;
    private Family martin;
    private Family nguyen;

    InvoicesContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        invoices = BillingFixtures.invoices(backend);
        run = BillingFixtures.draftRun(BillingFixtures.runs(backend));
        martin = BillingFixtures.family(backend, "Martin");
        nguyen = BillingFixtures.family(backend, "Nguyen");
    }

    private static InvoiceNumber number(int sequence) {
        return new InvoiceNumber(Regie.SCHOOL, 2026, sequence);
    }

    private Invoice issued(Family family, int sequence) {
        return BillingFixtures.draft(run, family, true).issue(number(sequence), OCT_2);
    }

    private Payment payment(Invoice invoice, long cents, String reference) {
        return new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CHEQUE, Money.ofCents(cents), OCT_2, reference, NOW);
    }

    @Test
    void reads_back_an_invoice_whole_with_its_lines_in_order_and_its_recipient() {
        List<InvoiceLine> lines = List.of(
                InvoiceLine.of(martin.children().get(0).id(), "Léa Martin", LineKind.CONTRACT_HOURS, new BigDecimal("80"), Money.ofCents(187)),
                InvoiceLine.of(martin.children().get(0).id(), "Léa Martin", LineKind.EXTRA_HOURS, new BigDecimal("7.5"), Money.ofCents(187)),
                InvoiceLine.of(martin.children().get(0).id(), "Léa Martin", LineKind.DEDUCTION, new BigDecimal("3.5"), Money.ofCents(-187)));
        Invoice nursery = Invoice.draft(run.id(), martin.id(), Recipient.of(martin), false, Regie.EARLY_CHILDHOOD, SEPTEMBER, lines)
                .orElseThrow().issue(new InvoiceNumber(Regie.EARLY_CHILDHOOD, 2026, 1), OCT_2);
        Invoice draft = BillingFixtures.draft(run, nguyen, true);

        invoices.addAll(List.of(nursery, draft));

        assertThat(invoices.byId(nursery.id())).contains(nursery);
        assertThat(invoices.byId(draft.id())).contains(draft);
        assertThat(invoices.byId(nursery.id()).orElseThrow().total()).isEqualTo(Money.ofCents(14960 + 1403 - 655));
        assertThat(invoices.byId(InvoiceId.random())).isEmpty();
    }

    @Test
    void an_invoice_number_is_never_given_twice() {
        invoices.addAll(List.of(issued(martin, 1)));

        assertThatThrownBy(() -> invoices.addAll(List.of(issued(nguyen, 1)))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void removing_a_draft_run_s_invoices_keeps_issued_ones() {
        Invoice draft = BillingFixtures.draft(run, martin, true);
        Invoice kept = issued(nguyen, 1);
        invoices.addAll(List.of(draft, kept));

        invoices.removeDraftsOf(run.id());

        assertThat(invoices.byId(draft.id())).isEmpty();
        assertThat(invoices.byId(kept.id())).contains(kept);
    }

    @Test
    void lists_a_run_s_invoices_by_number_and_pages_through_its_paper_ones_by_id() {
        List<Invoice> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Family family = BillingFixtures.family(backend, "Famille" + i);
            added.add(BillingFixtures.draft(run, family, i % 2 == 0).issue(number(7 - i), OCT_2));
        }
        invoices.addAll(added);

        assertThat(invoices.ofRun(run.id())).extracting(s -> s.number().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        List<Invoice> paper = added.stream().filter(Invoice::paper).sorted(Comparator.comparing(i -> i.id().toString())).toList();
        List<Invoice> first = invoices.pageOfRun(run.id(), true, null, 3);
        assertThat(first).containsExactlyElementsOf(paper.subList(0, 3));
        assertThat(invoices.pageOfRun(run.id(), true, first.get(2).id(), 3)).containsExactly(paper.get(3));
        assertThat(invoices.pageOfRun(run.id(), false, null, 10)).hasSize(7);
    }

    @Test
    void a_family_sees_its_issued_invoices_latest_first() {
        Invoice september = issued(martin, 1);
        Invoice october = BillingFixtures.draft(run, martin, true).issue(number(3), LocalDate.of(2026, 11, 2));
        invoices.addAll(List.of(september, october, issued(nguyen, 2), BillingFixtures.draft(run, martin, false)));

        assertThat(invoices.issuedToFamily(martin.id())).extracting(InvoiceSummary::id).containsExactly(october.id(), september.id());
    }

    @Test
    void payments_and_credit_notes_settle_the_invoice_and_are_read_back_with_it() {
        Invoice invoice = issued(martin, 1);
        invoices.addAll(List.of(invoice));
        Payment cheque = payment(invoice, 950, "0001234");
        CreditNote credit = new CreditNote(CreditNoteId.random(), invoice.id(), number(2), Money.ofCents(500), "Repas compté deux fois", OCT_2);

        invoices.addPayment(cheque, "clé-1");
        invoices.addCreditNote(credit);

        Invoice stored = invoices.byId(invoice.id()).orElseThrow();
        assertThat(stored.payments()).containsExactly(cheque);
        assertThat(stored.creditNotes()).containsExactly(credit);
        assertThat(stored.balance()).isEqualTo(Money.ofCents(500));
        assertThat(invoices.ofRun(run.id()).get(0).paid()).isEqualTo(Money.ofCents(950));
        assertThat(invoices.paymentByKey("clé-1")).contains(cheque);
        assertThat(invoices.paymentByKey("clé-2")).isEmpty();
        assertThat(invoices.hasPayment(invoice.id(), PaymentMethod.CHEQUE, "0001234")).isTrue();
        assertThat(invoices.hasPayment(invoice.id(), PaymentMethod.CASH, "0001234")).isFalse();
    }

    @Test
    void a_collected_direct_debit_may_exceed_the_balance_and_a_rejected_one_is_taken_off() {
        Invoice invoice = issued(martin, 1);
        invoices.addAll(List.of(invoice));
        invoices.addCreditNote(new CreditNote(CreditNoteId.random(), invoice.id(), number(2), Money.ofCents(500), "Repas non servi", OCT_2));
        Payment debit = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.DIRECT_DEBIT, Money.ofCents(1950), OCT_2,
                "EF-AS-202609-1A2B3C4D", NOW);

        invoices.addCollected(debit);
        assertThat(invoices.byId(invoice.id()).orElseThrow().balance()).isEqualTo(Money.ofCents(-500));
        assertThat(invoices.ofRun(run.id()).get(0).balance()).isEqualTo(Money.ofCents(-500));
        assertThat(invoices.search(new InvoiceQuery(null, null, InvoiceStatus.PAID, null), OCT_2, 10)).hasSize(1);
        // money beyond the total comes only from a collection
        assertThatThrownBy(() -> backend.transactions().run(() -> invoices.addPayment(payment(invoice, 1, null), null)))
                .isInstanceOf(RuntimeException.class);

        invoices.removePayment(debit);
        Invoice after = invoices.byId(invoice.id()).orElseThrow();
        assertThat(after.payments()).isEmpty();
        assertThat(after.balance()).isEqualTo(Money.ofCents(1450));
        assertThatThrownBy(() -> backend.transactions().run(() -> invoices.addPayment(payment(invoice, 1451, null), null)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void refuses_a_key_used_twice_and_settling_beyond_the_total() {
        Invoice invoice = issued(martin, 1);
        invoices.addAll(List.of(invoice));
        invoices.addPayment(payment(invoice, 100, null), "clé-1");

        assertThatThrownBy(() -> backend.transactions().run(() -> invoices.addPayment(payment(invoice, 100, null), "clé-1")))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> backend.transactions().run(() -> invoices.addPayment(payment(invoice, 1851, null), null)))
                .isInstanceOf(RuntimeException.class);
        assertThat(invoices.byId(invoice.id()).orElseThrow().paid()).isEqualTo(Money.ofCents(100));
    }

    @Test
    void searches_issued_invoices_by_regie_month_family_and_status_as_of_a_day() {
        Invoice unpaid = issued(martin, 1);
        Invoice partly = issued(nguyen, 2);
        Family durand = BillingFixtures.family(backend, "Durand");
        Invoice paid = issued(durand, 3);
        invoices.addAll(List.of(unpaid, partly, paid, BillingFixtures.draft(run, durand, true)));
        invoices.addPayment(payment(partly, 100, null), null);
        invoices.addPayment(payment(paid, 1950, null), null);
        LocalDate before = LocalDate.of(2026, 11, 15);
        LocalDate after = before.plusDays(1);

        assertThat(ids(InvoiceQuery.ALL, before)).containsExactly(unpaid.id(), partly.id(), paid.id());
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.ISSUED, null), before)).containsExactly(unpaid.id());
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.PARTIALLY_PAID, null), before)).containsExactly(partly.id());
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.PAID, null), after)).containsExactly(paid.id());
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), before)).isEmpty();
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), after)).containsExactly(unpaid.id(), partly.id());
        assertThat(ids(new InvoiceQuery(Regie.SCHOOL, SEPTEMBER, null, nguyen.id()), before)).containsExactly(partly.id());
        assertThat(ids(new InvoiceQuery(Regie.EARLY_CHILDHOOD, null, null, null), before)).isEmpty();
        assertThat(ids(new InvoiceQuery(null, SEPTEMBER.plusMonths(1), null, null), before)).isEmpty();
        assertThat(invoices.search(InvoiceQuery.ALL, before, 2)).hasSize(2);
    }

    @Test
    void a_transferred_invoice_is_read_back_transferred_searched_as_such_and_transferred_once() {
        Invoice unpaid = issued(martin, 1);
        Invoice kept = issued(nguyen, 2);
        invoices.addAll(List.of(unpaid, kept));
        LocalDate transferDay = LocalDate.of(2026, 12, 25);

        backend.transactions().run(() -> {
            invoices.lock(unpaid.id());
            invoices.markTransferred(unpaid.id(), transferDay);
        });

        assertThat(invoices.byId(unpaid.id())).contains(unpaid.transfer(transferDay));
        assertThat(invoices.issuedToFamily(martin.id()).get(0).transferredOn()).isEqualTo(transferDay);
        LocalDate later = transferDay.plusDays(1);
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.TRANSFERRED, null), later)).containsExactly(unpaid.id());
        assertThat(ids(new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), later)).containsExactly(kept.id());
        assertThatThrownBy(() -> backend.transactions().run(() -> invoices.markTransferred(unpaid.id(), later)))
                .isInstanceOf(RuntimeException.class);
        assertThat(invoices.byId(unpaid.id()).orElseThrow().transferredOn()).isEqualTo(transferDay);
    }

    @Test
    void finds_a_regie_s_invoices_paid_between_two_days_whole_for_everyone_or_one_family() {
        Invoice paidInOctober = issued(martin, 1);
        Invoice paidLater = issued(nguyen, 2);
        Invoice unpaid = issued(BillingFixtures.family(backend, "Durand"), 3);
        invoices.addAll(List.of(paidInOctober, paidLater, unpaid));
        invoices.addPayment(payment(paidInOctober, 100, null), null);
        invoices.addPayment(new Payment(PaymentId.random(), paidLater.id(), PaymentMethod.CASH, Money.ofCents(100),
                LocalDate.of(2027, 1, 4), null, NOW), null);
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate last = LocalDate.of(2026, 12, 31);

        assertThat(invoices.paidBetween(Regie.SCHOOL, first, last, null)).containsExactly(invoices.byId(paidInOctober.id()).orElseThrow());
        assertThat(invoices.paidBetween(Regie.SCHOOL, first, LocalDate.of(2027, 1, 4), nguyen.id())).extracting(Invoice::id)
                .containsExactly(paidLater.id());
        assertThat(invoices.paidBetween(Regie.SCHOOL, first, last, nguyen.id())).isEmpty();
        assertThat(invoices.paidBetween(Regie.EARLY_CHILDHOOD, first, last, null)).isEmpty();
    }

    private List<InvoiceId> ids(InvoiceQuery query, LocalDate today) {
        return invoices.search(query, today, 100).stream().map(InvoiceSummary::id).toList();
    }
}
