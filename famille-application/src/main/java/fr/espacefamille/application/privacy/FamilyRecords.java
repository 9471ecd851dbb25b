package fr.espacefamille.application.privacy;

import java.util.Iterator;
import java.util.Map;

import fr.espacefamille.domain.family.FamilyId;

/**
 * Out-port: every stored record about a family, for its export — one named set of records per
 * kind (a table), each record a map of field names to plain values (text, numbers, booleans,
 * dates). Secrets (password hashes, token digests, storage names) are left out and IBANs masked.
 */
public interface FamilyRecords {

    /** Receives the records one set after another; {@code records} may only be read during the call. */
    interface Sink {
        void records(String kind, Iterator<Map<String, Object>> records);
    }

    void export(FamilyId family, Sink sink);
}
