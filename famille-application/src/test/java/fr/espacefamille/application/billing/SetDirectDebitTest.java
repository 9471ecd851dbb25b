package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;

class SetDirectDebitTest {

    private static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";

    private final BillingTestbed bed = new BillingTestbed();
    private final SetDirectDebit setDirectDebit = bed.town.billing().setDirectDebit();
    private final ReadDirectDebits status = new ReadDirectDebits(bed.directDebits, bed.directDebitFiles);
    private final Family martin = bed.family("Martin", 450);

    @Test
    void an_active_mandate_for_a_regie_means_no_card_payment_for_that_regie_only() {
        setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN));

        assertThat(status.hasActiveMandate(martin.id(), Regie.SCHOOL)).isTrue();
        assertThat(status.hasActiveMandate(martin.id(), Regie.EARLY_CHILDHOOD)).isFalse();
    }

    @Test
    void turning_it_off_keeps_the_iban_for_turning_it_on_again() {
        setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN));
        setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, false, null));
        assertThat(status.hasActiveMandate(martin.id(), Regie.SCHOOL)).isFalse();

        var again = setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, null));

        assertThat(again.mandate().orElseThrow().iban().value()).isEqualTo("FR7630006000011234567890189");
        assertThat(status.hasActiveMandate(martin.id(), Regie.SCHOOL)).isTrue();
    }

    @Test
    void refuses_an_active_mandate_without_iban_a_wrong_iban_an_unknown_family_and_other_staff() {
        assertThat(refusalCode(() -> setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, null))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true,
                "FR7630006000011234567890188")))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> setDirectDebit.set(FINANCE, new SetDirectDebit.Command(FamilyId.random(), Regie.SCHOOL, true, IBAN))))
                .isEqualTo("NOT_FOUND");
        assertThat(refusalCode(() -> setDirectDebit.set(BillingTestbed.SCHOOL_AGENT,
                new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN)))).isEqualTo("FORBIDDEN");
    }

    @Test
    void the_audit_log_never_holds_the_whole_iban() {
        setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN));

        var entry = bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10).get(0);
        assertThat(entry.action()).isEqualTo("DIRECT_DEBIT_SET");
        assertThat(entry.after()).contains("FR76 **** **** **** **** ***0 189").doesNotContain("30006000011234567890");
    }

    @Test
    void a_paper_mandate_gets_a_rum_the_first_guardian_as_holder_and_another_iban_makes_a_new_mandate() {
        var first = setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN)).mandate().orElseThrow();
        assertThat(first.rum()).matches("EF-AS-2026-[A-Z2-9]{10}");
        assertThat(first.holder()).isEqualTo("Camille Martin");
        assertThat(first.online()).isFalse();
        assertThat(first.signedOn()).isEqualTo(java.time.LocalDate.of(2026, 10, 2));

        var second = setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, "DE89370400440532013000",
                "Dominique Martin", java.time.LocalDate.of(2026, 9, 28))).mandate().orElseThrow();

        assertThat(second.rum()).isNotEqualTo(first.rum());
        assertThat(second.holder()).isEqualTo("Dominique Martin");
        assertThat(bed.directDebits.byId(first.id()).orElseThrow().status()).isEqualTo(fr.espacefamille.domain.billing.MandateStatus.REVOKED);
        assertThat(bed.directDebits.of(martin.id(), Regie.SCHOOL)).contains(second);
        assertThat(refusalCode(() -> setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN,
                null, java.time.LocalDate.of(2026, 10, 3))))).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void a_parent_sees_only_their_own_family_s_mandates() {
        setDirectDebit.set(FINANCE, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, IBAN));
        var parent = bed.parentOf(martin);
        var stranger = bed.parentOf(bed.family("Nguyen", 450));

        assertThat(status.ofFamily(parent, martin.id())).hasSize(1);
        assertThat(refusalCode(() -> status.ofFamily(stranger, martin.id()))).isEqualTo("NOT_FOUND");
    }
}
