package fr.espacefamille.application.yearly;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
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
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class ReadTaxCertificatesTest {

    private final MovableClock clock = new MovableClock(Instant.EPOCH);
    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    private final InMemoryFamilies families = town.stores().families();
    private final InMemoryInvoices invoices = town.stores().invoices();
    private final Family martin = aFamily("Martin").paperless(true).withChild("Léa", LocalDate.of(2023, 5, 2))
            // 6 on 10 March 2026: still counts for 2026, under 6 on 1 January
            .withChild("Tom", LocalDate.of(2020, 3, 10)).build();
    private final Child lea = martin.children().get(0);
    private final Child tom = martin.children().get(1);
    private final Actor parent = new Actor(AccountId.random(), "martin", Role.PARENT, martin.id(), martin.guardians().get(0).id());

    private ReadTaxCertificates at(String instant) {
        clock.set(Instant.parse(instant));
        return town.followUp().taxCertificates();
    }

    private Invoice nurseryInvoice(int sequence, LocalDate issuedOn, long leaCents, long tomCents) {
        return Invoice.draft(BillingRunId.random(), martin.id(), Recipient.of(martin), false, Regie.EARLY_CHILDHOOD,
                YearMonth.from(issuedOn).minusMonths(1), List.of(
                        InvoiceLine.of(lea.id(), "Léa Martin", LineKind.CONTRACT_HOURS, BigDecimal.ONE, Money.ofCents(leaCents)),
                        InvoiceLine.of(tom.id(), "Tom Martin", LineKind.CONTRACT_HOURS, BigDecimal.ONE, Money.ofCents(tomCents))))
                .orElseThrow().issue(new InvoiceNumber(Regie.EARLY_CHILDHOOD, issuedOn.getYear(), sequence), issuedOn);
    }

    private void pay(Invoice invoice, long cents, LocalDate on) {
        invoices.addPayment(new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CARD, Money.ofCents(cents), on, "T" + on,
                Instant.parse("2026-01-01T00:00:00Z")), null);
    }

    @Test
    void two_children_paid_half_by_card_in_n_and_half_in_january_n_plus_1() {
        families.add(martin);
        Invoice december = nurseryInvoice(1, LocalDate.of(2026, 12, 2), 10001, 5000);
        invoices.addAll(List.of(december));
        pay(december, 7501, LocalDate.of(2026, 12, 20)); // half by card in December
        pay(december, 7500, LocalDate.of(2027, 1, 6)); // the rest in January: counts for 2027

        ReadTaxCertificates.Certificate y2026 = at("2027-01-01T08:00:00Z").ofOwnFamily(parent, 2026);
        ReadTaxCertificates.Certificate y2027 = at("2028-01-01T08:00:00Z").ofOwnFamily(parent, 2027);

        // 7,501 × 10,001 / 15,001 = 5,000.83 → 5,001 for Léa; Tom takes the remainder
        assertThat(y2026.children()).extracting(c -> c.child().firstName(), c -> c.amount().cents())
                .containsExactly(tuple("Léa", 5001L), tuple("Tom", 2500L));
        assertThat(y2026.total()).isEqualTo(Money.ofCents(7501));
        assertThat(y2027.children()).extracting(c -> c.child().firstName()).as("Tom is 6 on 1 January 2027").containsExactly("Léa");
        assertThat(y2027.total()).isEqualTo(Money.ofCents(5000));
    }

    @Test
    void a_year_is_not_available_before_1_january_of_the_next() {
        families.add(martin);
        assertThatThrownBy(() -> at("2026-12-31T22:59:00Z").ofOwnFamily(parent, 2026)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal().code()).isEqualTo("NOT_YET_AVAILABLE"));
        // 23:00 UTC on 31 December is midnight in Paris
        assertThat(at("2026-12-31T23:00:00Z").ofOwnFamily(parent, 2026).children()).isEmpty();
    }

    @Test
    void staff_get_every_family_s_certificate_and_the_total_and_only_staff() {
        families.add(martin);
        Invoice march = nurseryInvoice(1, LocalDate.of(2026, 3, 2), 3000, 1000);
        invoices.addAll(List.of(march));
        pay(march, 4000, LocalDate.of(2026, 3, 10));
        Actor finance = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);

        ReadTaxCertificates.Batch batch = at("2027-02-01T08:00:00Z").all(finance, 2026);

        assertThat(batch.certificates()).hasSize(1);
        assertThat(batch.total()).isEqualTo(Money.ofCents(4000));
        assertThatThrownBy(() -> at("2027-02-01T08:00:00Z").all(parent, 2026)).isInstanceOf(RefusedException.class);
    }
}
