package fr.espacefamille.application.canteen;

import fr.espacefamille.domain.family.ChildId;

/**
 * Out-port: children whose {@link PupilDays} changed through another instance sharing the database,
 * told to {@link RememberedPupilDays} so that it forgets them. Writes through this instance are told
 * by the remembering decorator's own store wrappers, at once; this port is for everything else.
 */
public interface PupilDaysChanges {

    /** Where changes are told; called from the port's own thread. */
    interface Listener {

        void changed(ChildId child);

        /** Changes may have been missed (the feed was lost, or has just come back): forget everything. */
        void forgetAll();
    }

    /** Waits for a change of this instance to be told back (see {@link #expect}). */
    interface Echo {

        Echo NONE = () -> {
        };

        /** Returns once the change has been told back, or after a bounded wait. */
        void await();
    }

    /** One process owns the database (embedded H2): nothing changes elsewhere, and nothing can be missed. */
    PupilDaysChanges NONE = new PupilDaysChanges() {
        @Override
        public boolean watching() {
            return true;
        }

        @Override
        public void listen(Listener listener) {
            // nothing is ever told
        }

        @Override
        public Echo expect(ChildId child) {
            return Echo.NONE;
        }
    };

    /** Whether every change made elsewhere is being told now; while not, nothing may be answered from memory. */
    boolean watching();

    /** Tells {@code listener} every change from now on (one listener per port). */
    void listen(Listener listener);

    /**
     * Called before this instance writes a change to {@code child}'s days; the answer's {@link Echo#await}
     * (once the write has committed) returns when that change has been told back to this instance — and
     * so sent to every instance listening — so that the writer answers its client only then: a read on
     * another instance right after that answer is not served the old days (a bounded wait, skipped
     * while not {@link #watching()}).
     */
    Echo expect(ChildId child);
}
