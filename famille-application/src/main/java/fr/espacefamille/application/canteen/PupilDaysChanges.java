package fr.espacefamille.application.canteen;

import fr.espacefamille.domain.family.ChildId;

/**
 * Out-port: changes to {@link PupilDays} shared between the instances of the portal on one database.
 * This instance {@link #announce}s each change it commits; every instance's {@link Listener} (this
 * one's too) is told of it, and {@link RememberedPupilDays} forgets the child.
 */
public interface PupilDaysChanges {

    /** Where changes are told; called from the port's own thread. */
    interface Listener {

        void changed(ChildId child);

        /** Changes may have been missed (the feed was lost, or has just come back), or all changed: forget everything. */
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

        @Override
        public void announce(ChildId child) {
            // no one else to tell
        }

        @Override
        public void announceAll() {
            // no one else to tell
        }
    };

    /** Whether every change announced elsewhere is being told now; while not, nothing may be answered from memory. */
    boolean watching();

    /** Tells {@code listener} every change from now on (one listener per port). */
    void listen(Listener listener);

    /**
     * Tells every instance that this one has committed a change to {@code child}'s days; returns once it
     * has been told back here — every listening instance has been sent it then — or after a bounded
     * wait, so that the writer answers its client when the others know.
     */
    void announce(ChildId child);

    /** Tells every instance to forget everything: a change whose children are not known one by one. */
    void announceAll();
}
