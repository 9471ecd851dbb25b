package fr.espacefamille.adapter.jdbc.shared;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.adapter.jdbc.Fixtures.family;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/** What every {@link fr.espacefamille.application.shared.Transactions} does over the stores. */
class TransactionsTest extends StoreContract {

    private final Family family = family("Martin");
    private final School school = new School(SchoolId.random(), "École Jules Ferry", null);

    /** Writes to three stores. */
    private void writeEverywhere() {
        backend.families().add(family);
        backend.schools().add(school);
        backend.auditLog().record(new AuditEntry(NOW, "agent", "FAMILY_CREATED", family.id().toString(), null, null));
    }

    private void assertNothingWritten() {
        assertThat(backend.families().byId(family.id())).isEmpty();
        assertThat(backend.schools().byId(school.id())).isEmpty();
        assertThat(backend.auditLog().between(NOW, NOW.plusSeconds(1), 10)).isEmpty();
    }

    @Test
    void commits_every_write_of_the_work_and_returns_its_result() {
        String result = backend.transactions().inTransaction(() -> {
            writeEverywhere();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(backend.families().byId(family.id())).contains(family);
        assertThat(backend.schools().byId(school.id())).contains(school);
        assertThat(backend.auditLog().between(NOW, NOW.plusSeconds(1), 10)).hasSize(1);
    }

    @Test
    void the_work_reads_its_own_writes() {
        backend.transactions().run(() -> {
            backend.families().add(family);
            assertThat(backend.families().byId(family.id())).contains(family);
        });
    }

    @Test
    void an_exception_leaves_nothing_written() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> backend.transactions().run(() -> {
            writeEverywhere();
            throw failure;
        })).isSameAs(failure);

        assertNothingWritten();
    }

    @Test
    void a_refusal_leaves_nothing_written() {
        assertThatThrownBy(() -> backend.transactions().run(() -> {
            writeEverywhere();
            throw new RefusedException(Refusal.forbidden());
        })).isInstanceOf(RefusedException.class);

        assertNothingWritten();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        assertThatThrownBy(() -> backend.transactions().run(() -> {
            backend.transactions().run(this::writeEverywhere);
            throw new IllegalStateException("after the nested work");
        })).isInstanceOf(IllegalStateException.class);

        assertNothingWritten();
    }

    @Test
    void what_waits_for_the_end_runs_once_the_outer_transaction_has_committed_or_rolled_back() {
        List<String> ran = new ArrayList<>();
        backend.transactions().run(() -> {
            backend.transactions().run(() -> backend.transactions().whenEnded(() -> ran.add("committed")));
            backend.families().add(family);
            assertThat(ran).as("not while the transaction is open, even after the nested one").isEmpty();
        });
        assertThat(ran).containsExactly("committed");

        assertThatThrownBy(() -> backend.transactions().run(() -> {
            backend.transactions().whenEnded(() -> ran.add("rolled back"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ran).containsExactly("committed", "rolled back");

        backend.transactions().whenEnded(() -> ran.add("no transaction"));
        assertThat(ran).as("at once outside a transaction").containsExactly("committed", "rolled back", "no transaction");
    }
}
