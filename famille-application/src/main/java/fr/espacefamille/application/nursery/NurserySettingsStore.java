package fr.espacefamille.application.nursery;

import fr.espacefamille.domain.nursery.NurserySettings;

/** Out-port: the nursery's places per slot and closure days. */
public interface NurserySettingsStore {

    /** The settings in force; a new installation starts with 20 places and no closure. */
    NurserySettings current();

    void save(NurserySettings settings);

    /**
     * Locks the settings until the current transaction ends, so that contract registrations and
     * settings changes, which weigh on many slots at once, run one at a time. Take it before any
     * slot lock.
     */
    void lock();
}
