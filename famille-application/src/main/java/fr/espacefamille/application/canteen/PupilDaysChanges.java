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
    };

    /** Whether every change made elsewhere is being told now; while not, nothing may be answered from memory. */
    boolean watching();

    /** Tells {@code listener} every change from now on (one listener per port). */
    void listen(Listener listener);
}
