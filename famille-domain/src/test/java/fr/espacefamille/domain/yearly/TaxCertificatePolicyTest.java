package fr.espacefamille.domain.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

class TaxCertificatePolicyTest {

    private static final Year Y2026 = Year.of(2026);
    private final Child lea = child("Léa", LocalDate.of(2023, 5, 2));
    private final Child hugo = child("Hugo", LocalDate.of(2024, 8, 30));

    private static Child child(String name, LocalDate born) {
        return new Child(ChildId.random(), name, "Martin", born, null, null);
    }

    private static InvoiceLine hours(Child child, String hours, long rateCents) {
        return InvoiceLine.of(child.id(), child.firstName() + " Martin", LineKind.CONTRACT_HOURS, new BigDecimal(hours),
                Money.ofCents(rateCents));
    }

    private static Invoice invoice(Regie regie, LocalDate issuedOn, List<InvoiceLine> lines, LocalDate... paidOn) {
        Invoice invoice = Invoice.draft(BillingRunId.random(), FamilyId.random(),
                new Recipient("Martin", new Address("1 rue de la Mairie", null, "44480", "Donges")), false, regie,
                YearMonth.from(issuedOn).minusMonths(1), lines).orElseThrow().issue(new InvoiceNumber(regie, issuedOn.getYear(), 1), issuedOn);
        for (LocalDate day : paidOn) {
            long half = invoice.total().cents() / paidOn.length;
            invoice = invoice.record(new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CARD, Money.ofCents(half), day, null,
                    Instant.parse("2026-01-01T00:00:00Z")));
        }
        return invoice;
    }

    @ParameterizedTest(name = "born {0}: counts for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-01-01 | 2026 | false
            2020-01-02 | 2026 | true
            2020-12-31 | 2026 | true
            2020-06-15 | 2026 | true
            2020-06-15 | 2027 | false
            2026-03-01 | 2026 | true
            """)
    void a_child_counts_when_under_6_on_1_january_even_if_6_later_in_the_year(LocalDate born, int year, boolean expected) {
        assertThat(TaxCertificatePolicy.eligible(born, Year.of(year))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cents over lines {1} and {2}: {3} and {4}")
    @CsvSource(delimiter = '|', textBlock = """
            10000 | 6000  | 4000  | 6000 | 4000
            10001 | 5000  | 5000  | 5001 | 5000
            100   | 1     | 2     | 33   | 67
            5000  | 3333  | 6667  | 1667 | 3333
            1     | 5000  | 5000  | 1    | 0
            7499  | 10000 | 4998  | 5000 | 2499
            """)
    void a_payment_is_shared_in_proportion_to_each_child_s_lines_rounded_half_up_the_last_taking_the_remainder(long paid,
            long leaLines, long hugoLines, long leaShare, long hugoShare) {
        Map<ChildId, Money> shares = TaxCertificatePolicy.share(Money.ofCents(paid),
                List.of(hours(lea, "1", leaLines), hours(hugo, "1", hugoLines)));

        assertThat(shares).containsExactly(Map.entry(lea.id(), Money.ofCents(leaShare)), Map.entry(hugo.id(), Money.ofCents(hugoShare)));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261202})
    void the_shares_always_add_up_to_the_payment(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            List<InvoiceLine> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                lines.add(hours(child("E" + i, LocalDate.of(2023, 1, 1)), String.valueOf(1 + random.nextInt(80)), 1 + random.nextInt(700)));
            }
            Money paid = Money.ofCents(1 + random.nextInt(100_000));
            Map<ChildId, Money> shares = TaxCertificatePolicy.share(paid, lines);
            assertThat(shares.values().stream().reduce(Money.ZERO, Money::plus)).as("seed %d round %d", seed, round).isEqualTo(paid);
        }
    }

    @Test
    void a_child_whose_deductions_leave_nothing_takes_no_share() {
        InvoiceLine deduction = InvoiceLine.of(hugo.id(), "Hugo Martin", LineKind.DEDUCTION, new BigDecimal("2"), Money.ofCents(-300));
        Map<ChildId, Money> shares = TaxCertificatePolicy.share(Money.ofCents(1000),
                List.of(hours(lea, "10", 300), hours(hugo, "1", 300), deduction));
        assertThat(shares).containsExactly(Map.entry(lea.id(), Money.ofCents(1000)));
    }

    @Test
    void counts_payments_received_in_the_year_on_nursery_invoices_only_for_children_under_6() {
        Child grown = child("Tom", LocalDate.of(2019, 4, 1));
        Invoice december = invoice(Regie.EARLY_CHILDHOOD, LocalDate.of(2026, 12, 2), List.of(hours(lea, "20", 300), hours(hugo, "20", 300)),
                LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5));
        Invoice withTom = invoice(Regie.EARLY_CHILDHOOD, LocalDate.of(2026, 3, 2), List.of(hours(grown, "10", 300), hours(lea, "10", 300)),
                LocalDate.of(2026, 3, 10));
        Invoice canteen = Invoice.draft(BillingRunId.random(), FamilyId.random(), december.recipient(), false, Regie.SCHOOL,
                YearMonth.of(2026, 2), List.of(InvoiceLine.of(lea.id(), "Léa Martin", LineKind.BOOKED_MEAL, BigDecimal.TEN,
                        Money.ofCents(300)))).orElseThrow().issue(new InvoiceNumber(Regie.SCHOOL, 2026, 1), LocalDate.of(2026, 3, 2));
        canteen = canteen.record(new Payment(PaymentId.random(), canteen.id(), PaymentMethod.CASH, Money.ofCents(3000),
                LocalDate.of(2026, 3, 5), null, Instant.parse("2026-03-05T10:00:00Z")));

        Map<ChildId, Money> y2026 = TaxCertificatePolicy.amounts(Y2026, List.of(grown, lea, hugo), List.of(december, withTom, canteen));
        Map<ChildId, Money> y2027 = TaxCertificatePolicy.amounts(Year.of(2027), List.of(grown, lea, hugo), List.of(december, withTom, canteen));

        // December: 12,000 paid half on 20 December 2026 (6,000: 3,000 each), half on 5 January 2027
        assertThat(y2026).containsExactly(Map.entry(lea.id(), Money.ofCents(3000 + 3000)), Map.entry(hugo.id(), Money.ofCents(3000)));
        assertThat(y2027).containsExactly(Map.entry(lea.id(), Money.ofCents(3000)), Map.entry(hugo.id(), Money.ofCents(3000)));
    }
}
