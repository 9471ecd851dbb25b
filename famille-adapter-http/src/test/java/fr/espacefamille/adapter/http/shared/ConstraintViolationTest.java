package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class ConstraintViolationTest {

    @Test
    void recognises_an_integrity_violation_anywhere_in_the_cause_chain() {
        assertThat(HttpApp.violatesConstraint(new IllegalStateException(new RuntimeException(new SQLException("duplicate key", "23505")))))
                .isTrue();
    }

    @Test
    void other_database_failures_stay_internal_errors() {
        assertThat(HttpApp.violatesConstraint(new IllegalStateException(new SQLException("connection lost", "08006")))).isFalse();
        assertThat(HttpApp.violatesConstraint(new IllegalStateException("no cause"))).isFalse();
    }
}
