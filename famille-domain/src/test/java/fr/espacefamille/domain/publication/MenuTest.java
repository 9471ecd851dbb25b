package fr.espacefamille.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MenuTest {

    @Test
    void requires_a_main_course_and_trims_the_others() {
        Menu menu = new Menu(LocalDate.of(2026, 9, 7), "  Carottes râpées ", "Hachis parmentier", " ", null,
                Set.of(MenuLabel.ORGANIC));
        assertThat(menu.starter()).isEqualTo("Carottes râpées");
        assertThat(menu.dairy()).isNull();
        assertThat(menu.labels()).containsExactly(MenuLabel.ORGANIC);
        assertThatThrownBy(() -> new Menu(LocalDate.of(2026, 9, 7), null, " ", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plat principal");
    }
}
