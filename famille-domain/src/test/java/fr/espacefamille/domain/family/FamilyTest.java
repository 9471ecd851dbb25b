package fr.espacefamille.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FamilyTest {

    private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    private static Family family(Integer quotient) {
        return Family.create(FamilyId.random(), "Martin", new Address("12 rue de la Loire", null, "44480", "Donges"), true,
                quotient, SEPT_1, Resources.UNDECLARED,
                List.of(new Guardian(GuardianId.random(), "Claire", "Martin", "claire@example.fr", null)), List.of());
    }

    @Test
    void a_quotient_given_at_creation_is_valid_from_that_day() {
        Family family = family(450);
        assertThat(family.quotientOn(SEPT_1)).hasValue(450);
        assertThat(family.quotientOn(SEPT_1.minusDays(1))).isEmpty();
    }

    @Test
    void later_quotients_apply_from_their_start() {
        Family family = family(450).withQuotient(new FamilyQuotient(900, LocalDate.of(2027, 1, 1)));
        assertThat(family.quotientOn(LocalDate.of(2026, 12, 31))).hasValue(450);
        assertThat(family.quotientOn(LocalDate.of(2027, 1, 1))).hasValue(900);
    }

    @Test
    void a_quotient_starting_the_same_day_replaces_the_earlier_entry() {
        Family family = family(450).withQuotient(new FamilyQuotient(500, SEPT_1));
        assertThat(family.quotients()).containsExactly(new FamilyQuotient(500, SEPT_1));
    }

    @Test
    void a_family_without_quotient_has_none() {
        assertThat(family(null).quotientOn(SEPT_1)).isEmpty();
    }

    @Test
    void a_family_has_one_or_two_guardians() {
        assertThatThrownBy(() -> Family.create(FamilyId.random(), "X", new Address("1 rue", null, "44480", "Donges"), true,
                null, SEPT_1, Resources.UNDECLARED, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addresses_need_a_five_digit_postcode() {
        assertThatThrownBy(() -> new Address("1 rue", null, "4448", "Donges")).hasMessageContaining("5 chiffres");
    }
}
