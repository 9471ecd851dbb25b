package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.FamilyId;

class DirectDebitMandateTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);
    private static final LocalDate LATER = LocalDate.of(2026, 10, 20);
    private final DirectDebitMandate mandate = DirectDebitMandate.sign("EF-PE-2026-ABCDEFGHJK", FamilyId.random(),
            Regie.EARLY_CHILDHOOD, "Camille Martin", new Iban("FR7630006000011234567890189"), SIGNED, true);

    @Test
    void a_new_mandate_is_active_and_live() {
        assertThat(mandate.active()).isTrue();
        assertThat(mandate.live()).isTrue();
        assertThat(mandate.status()).isEqualTo(MandateStatus.ACTIVE);
    }

    @Test
    void a_holder_name_of_140_characters_is_kept_whole_and_longer_is_refused() {
        String long140 = "A".repeat(140);
        assertThat(DirectDebitMandate.sign("R1", mandate.family(), Regie.SCHOOL, long140, mandate.iban(), SIGNED, true).holder())
                .hasSize(140);
        assertThatThrownBy(() -> DirectDebitMandate.sign("R1", mandate.family(), Regie.SCHOOL, long140 + "B", mandate.iban(), SIGNED, true))
                .hasMessageContaining("140");
    }

    @Test
    void a_reference_is_at_most_35_characters_of_the_sepa_set() {
        assertThatThrownBy(() -> DirectDebitMandate.sign("R".repeat(36), mandate.family(), Regie.SCHOOL, "X", mandate.iban(), SIGNED, true))
                .hasMessageContaining("Référence");
        assertThatThrownBy(() -> DirectDebitMandate.sign("RUM-É", mandate.family(), Regie.SCHOOL, "X", mandate.iban(), SIGNED, true))
                .hasMessageContaining("Référence");
        assertThatThrownBy(() -> DirectDebitMandate.sign("A//B", mandate.family(), Regie.SCHOOL, "X", mandate.iban(), SIGNED, true))
                .hasMessageContaining("Référence");
    }

    @Test
    void a_closed_account_or_no_mandate_revokes_it_at_once() {
        assertThat(mandate.rejected(RejectReason.AC04, LATER).status()).isEqualTo(MandateStatus.REVOKED);
        assertThat(mandate.rejected(RejectReason.MD01, LATER).endedOn()).isEqualTo(LATER);
    }

    @Test
    void two_rejects_in_a_row_suspend_it_and_a_collection_between_them_breaks_the_row() {
        DirectDebitMandate once = mandate.rejected(RejectReason.AM04, LATER);
        assertThat(once.status()).isEqualTo(MandateStatus.ACTIVE);
        assertThat(once.rejected(RejectReason.AM04, LATER).status()).isEqualTo(MandateStatus.SUSPENDED);
        assertThat(once.collected().rejected(RejectReason.MS02, LATER).status()).isEqualTo(MandateStatus.ACTIVE);
    }

    @Test
    void a_revoked_mandate_stays_revoked() {
        DirectDebitMandate revoked = mandate.revoke(LATER);
        assertThat(revoked.revoke(LATER.plusDays(3)).endedOn()).isEqualTo(LATER);
        assertThat(revoked.rejected(RejectReason.AM04, LATER)).isEqualTo(revoked);
        assertThatThrownBy(revoked::reactivate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void staff_reactivate_a_suspended_mandate_forgetting_its_rejects() {
        DirectDebitMandate suspended = mandate.rejected(RejectReason.AM04, LATER).rejected(RejectReason.AM04, LATER);
        assertThat(suspended.reactivate().active()).isTrue();
        assertThat(suspended.reactivate().rejectsInARow()).isZero();
    }
}
