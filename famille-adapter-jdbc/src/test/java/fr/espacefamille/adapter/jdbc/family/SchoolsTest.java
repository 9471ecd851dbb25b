package fr.espacefamille.adapter.jdbc.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** What every {@link fr.espacefamille.application.family.Schools} store does. */
abstract class SchoolsContract extends StoreContract {

    SchoolsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @Test
    void reads_back_a_school_and_nothing_for_an_unknown_one() {
        School school = new School(SchoolId.random(), "École Jules Ferry", "2 rue de l'École, 44000 Nantes");
        backend.schools().add(school);

        assertThat(backend.schools().byId(school.id())).contains(school);
        assertThat(backend.schools().byId(SchoolId.random())).isEmpty();
    }

    @Test
    void lists_every_school_by_name() {
        School ferry = new School(SchoolId.random(), "Jules Ferry", null);
        School curie = new School(SchoolId.random(), "Marie Curie", null);
        School camus = new School(SchoolId.random(), "Albert Camus", null);
        backend.schools().add(ferry);
        backend.schools().add(curie);
        backend.schools().add(camus);

        assertThat(backend.schools().all()).containsExactly(camus, ferry, curie);
    }
}
