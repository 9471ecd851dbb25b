package fr.espacefamille.adapter.jdbc.shared;

import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes a row whether or not it exists yet, in SQL that H2 also runs: H2 knows only a bare
 * {@code INSERT … ON CONFLICT DO NOTHING}, not PostgreSQL's {@code DO UPDATE}.
 */
public final class Upsert {

    private Upsert() {
    }

    /**
     * Runs {@code update}; when it touched no row, {@code insertOrNothing} (which must end with
     * {@code ON CONFLICT DO NOTHING}); when a concurrent writer inserted the row first, the update
     * again. {@code bind} binds the same parameters on each statement.
     */
    public static void run(Handle handle, String update, String insertOrNothing, UnaryOperator<Update> bind) {
        if (bind.apply(handle.createUpdate(update)).execute() > 0
                || bind.apply(handle.createUpdate(insertOrNothing)).execute() > 0) {
            return;
        }
        if (bind.apply(handle.createUpdate(update)).execute() == 0) {
            throw new IllegalStateException("Row neither updated nor inserted, its key belongs to another row: " + update);
        }
    }
}
