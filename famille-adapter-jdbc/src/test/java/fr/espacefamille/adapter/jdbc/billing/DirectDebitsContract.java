package fr.espacefamille.adapter.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;

/** What every {@link DirectDebits} store does. */
abstract class DirectDebitsContract extends StoreContract {

    private static final Iban IBAN = new Iban("FR7630006000011234567890189");

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

    @Test
    void keeps_one_mandate_per_family_and_regie_the_latest_one() {
        directDebits.put(new DirectDebitMandate(family.id(), Regie.SCHOOL, true, IBAN));
        directDebits.put(new DirectDebitMandate(family.id(), Regie.SCHOOL, false, IBAN));
        directDebits.put(new DirectDebitMandate(family.id(), Regie.EARLY_CHILDHOOD, false, null));

        assertThat(directDebits.of(family.id(), Regie.SCHOOL)).contains(new DirectDebitMandate(family.id(), Regie.SCHOOL, false, IBAN));
        assertThat(directDebits.ofFamily(family.id())).extracting(DirectDebitMandate::regie)
                .containsExactly(Regie.SCHOOL, Regie.EARLY_CHILDHOOD);
        assertThat(directDebits.of(FamilyId.random(), Regie.SCHOOL)).isEmpty();
    }
}
