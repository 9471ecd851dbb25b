package fr.espacefamille.application.privacy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.FamilyActivity;

/**
 * Out-port: what the retention rule reads and erases. Claims are kept in the store, so that
 * several instances never run a month twice nor anonymise a family twice.
 */
public interface FamilyRetention {

    /** A family kept past its date on purpose (a dispute, a claim), with the written reason. */
    record Hold(FamilyId family, String reason, String heldBy, Instant heldAt) {
    }

    /** The activity of every family not yet anonymised. */
    List<FamilyActivity> activities();

    /** Claims the anonymisation of the family: false when it is already anonymised. */
    boolean claim(FamilyId family, Instant at);

    /**
     * Replaces the family's personal data wherever it is kept (names, contacts, addresses, the
     * names of documents, the texts of audit entries about it), closes its accounts (a new
     * password hash nobody knows, sessions, links and reset links removed), and keeps invoice
     * numbers, amounts and dates. Answers the storage names of its documents' files, to be
     * deleted once the erasure is committed.
     */
    List<String> erase(FamilyId family, String closedPasswordHash);

    void hold(Hold hold);

    /** False when the family was not held. */
    boolean release(FamilyId family);

    Map<FamilyId, Hold> holds();

    /** Claims the monthly run of {@code month}: false when it already ran. */
    boolean claimRun(YearMonth month, Instant at);
}
