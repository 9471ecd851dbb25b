package fr.espacefamille.adapter.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.RejectReason;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;

/** What every {@link DirectDebits} store does. */
abstract class DirectDebitsContract extends StoreContract {

    private static final Iban IBAN = new Iban("FR7630006000011234567890189");
    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);

    private DirectDebits directDebits;
    private Family family;

    DirectDebitsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        directDebits = BillingFixtures.directDebits(backend);
        family = BillingFixtures.family(backend, "Martin");
    }

    private DirectDebitMandate mandate(String rum, Regie regie, LocalDate signedOn) {
        return DirectDebitMandate.sign(rum, family.id(), regie, "Claire " + "M".repeat(130), IBAN, signedOn, false);
    }

    @Test
    void reads_a_mandate_back_whole_and_as_the_family_s_live_one_for_its_regie() {
        DirectDebitMandate mandate = mandate("EF-AS-2026-AAAAAAAAAA", Regie.SCHOOL, SIGNED);
        directDebits.add(mandate);

        assertThat(directDebits.byId(mandate.id())).contains(mandate);
        assertThat(directDebits.of(family.id(), Regie.SCHOOL)).contains(mandate);
        assertThat(directDebits.of(family.id(), Regie.EARLY_CHILDHOOD)).isEmpty();
        assertThat(directDebits.of(FamilyId.random(), Regie.SCHOOL)).isEmpty();
        assertThat(directDebits.active(Regie.SCHOOL)).containsExactly(mandate);
        assertThat(directDebits.active(Regie.EARLY_CHILDHOOD)).isEmpty();
    }

    @Test
    void saves_rejects_suspension_and_revocation_and_keeps_revoked_mandates_in_the_family_s_history() {
        DirectDebitMandate first = mandate("EF-AS-2026-AAAAAAAAAA", Regie.SCHOOL, SIGNED);
        directDebits.add(first);
        DirectDebitMandate suspended = first.rejected(RejectReason.AM04, SIGNED.plusDays(40)).rejected(RejectReason.AM04, SIGNED.plusDays(70));
        directDebits.update(suspended);
        assertThat(directDebits.of(family.id(), Regie.SCHOOL)).contains(suspended);
        assertThat(directDebits.active(Regie.SCHOOL)).isEmpty();

        DirectDebitMandate revoked = suspended.revoke(SIGNED.plusDays(80));
        directDebits.update(revoked);
        DirectDebitMandate second = mandate("EF-AS-2026-BBBBBBBBBB", Regie.SCHOOL, SIGNED.plusDays(80));
        directDebits.add(second);

        assertThat(directDebits.of(family.id(), Regie.SCHOOL)).contains(second);
        assertThat(directDebits.ofFamily(family.id())).containsExactly(second, revoked);
        assertThat(directDebits.search(Regie.SCHOOL, MandateStatus.REVOKED, 10)).containsExactly(revoked);
        assertThat(directDebits.search(null, null, 10)).hasSize(2);
        assertThat(directDebits.search(Regie.EARLY_CHILDHOOD, null, 10)).isEmpty();
    }

    @Test
    void refuses_a_second_live_mandate_for_the_same_regie_and_a_reference_given_twice() {
        directDebits.add(mandate("EF-AS-2026-AAAAAAAAAA", Regie.SCHOOL, SIGNED));

        assertThatThrownBy(() -> backend.transactions().run(() -> directDebits.add(mandate("EF-AS-2026-BBBBBBBBBB", Regie.SCHOOL, SIGNED))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> backend.transactions().run(() -> directDebits.add(
                mandate("EF-AS-2026-AAAAAAAAAA", Regie.EARLY_CHILDHOOD, SIGNED)))).isInstanceOf(RuntimeException.class);
        assertThat(directDebits.ofFamily(family.id())).hasSize(1);
    }
}
