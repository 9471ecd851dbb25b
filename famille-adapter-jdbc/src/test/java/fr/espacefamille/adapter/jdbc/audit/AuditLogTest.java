package fr.espacefamille.adapter.jdbc.audit;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.audit.AuditLog;

/** What every {@link AuditLog} does. */
abstract class AuditLogContract extends StoreContract {

    AuditLogContract(Supplier<Backend> backends) {
        super(backends);
    }

    private AuditEntry recorded(Instant at, String action) {
        AuditEntry entry = new AuditEntry(at, "agent.ecole", action, "3f2c1f8e-2b7a-4c1e-9a43-0f5d2c8b7e11",
                null, "{\"quotient\":640}");
        backend.auditLog().record(entry);
        return entry;
    }

    @Test
    void lists_the_entries_from_the_first_bound_to_before_the_second_oldest_first() {
        recorded(NOW.minusSeconds(1), "BEFORE");
        AuditEntry first = recorded(NOW, "FIRST");
        AuditEntry sameInstant = recorded(NOW, "SAME_INSTANT");
        AuditEntry last = recorded(NOW.plusSeconds(59), "LAST");
        recorded(NOW.plusSeconds(60), "AFTER");

        assertThat(backend.auditLog().between(NOW, NOW.plusSeconds(60), 10)).containsExactly(first, sameInstant, last);
    }

    @Test
    void entries_recorded_together_read_back_in_their_order() {
        AuditEntry before = recorded(NOW, "BEFORE");
        List<AuditEntry> together = List.of(
                new AuditEntry(NOW.plusSeconds(1), "claire", "FIRST", "target-1", null, "{\"n\":1}"),
                new AuditEntry(NOW.plusSeconds(1), "paul", "SECOND", "target-2", "{\"n\":1}", null),
                new AuditEntry(NOW.plusSeconds(1), "claire", "THIRD", "target-3", null, null));
        backend.auditLog().recordAll(together);
        backend.auditLog().recordAll(List.of());

        assertThat(backend.auditLog().between(NOW, NOW.plusSeconds(60), 10)).containsExactly(before, together.get(0), together.get(1),
                together.get(2));
    }

    @Test
    void stops_at_the_limit() {
        AuditEntry first = recorded(NOW, "FIRST");
        AuditEntry second = recorded(NOW.plusSeconds(1), "SECOND");
        recorded(NOW.plusSeconds(2), "THIRD");

        assertThat(backend.auditLog().between(NOW, NOW.plusSeconds(60), 2)).containsExactly(first, second);
    }
}
