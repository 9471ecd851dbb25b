package fr.espacefamille.application.privacy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.account.PasswordHasher;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.FamilyActivity;
import fr.espacefamille.domain.privacy.RetentionPolicy;

/**
 * The monthly anonymisation job (§13): once a month (the first run of the month claims it, at
 * start-up too, so a month the portal was down is caught up), every family past retention and not
 * held is anonymised, each in its own transaction after claiming it, so that two instances never
 * erase one family twice. Documents' files are deleted after the erasure is committed. The audit
 * log records each anonymisation without the erased data.
 */
public final class AnonymiseFamiliesPastRetention {

    /** What a run did; {@code ran} is false when this month's run had already been claimed. */
    public record Run(boolean ran, int anonymised, int filesLeft) {
    }

    private final FamilyRetention retention;
    private final DocumentStore files;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public AnonymiseFamiliesPastRetention(FamilyRetention retention, DocumentStore files, PasswordHasher hasher,
            Transactions transactions, Audit audit, Clock clock) {
        this.retention = retention;
        this.files = files;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs unless this month's run was already claimed (by this instance or another). */
    public Run runIfDue() {
        Instant now = clock.instant();
        if (!retention.claimRun(YearMonth.now(clock), now)) {
            return new Run(false, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        Map<FamilyId, FamilyRetention.Hold> holds = retention.holds();
        int anonymised = 0;
        int filesLeft = 0;
        for (FamilyActivity activity : retention.activities()) {
            if (!RetentionPolicy.isDue(activity, today) || holds.containsKey(activity.family())) {
                continue;
            }
            String closedPassword = hasher.hash(Secrets.newToken());
            List<String> storageNames = transactions.inTransaction(() -> {
                if (!retention.claim(activity.family(), now)) {
                    return null;
                }
                List<String> names = retention.erase(activity.family(), closedPassword);
                audit.record(Actor.SYSTEM, "FAMILY_ANONYMISED", activity.family(), null,
                        AuditJson.of("documents", names.size()));
                return names;
            });
            if (storageNames == null) {
                continue;
            }
            anonymised++;
            filesLeft += deleteFiles(storageNames);
        }
        return new Run(true, anonymised, filesLeft);
    }

    /** Deletes the files; answers how many could not be (they are unreachable: no record names them any more). */
    private int deleteFiles(List<String> storageNames) {
        int left = 0;
        for (String name : storageNames) {
            try {
                files.delete(name);
            } catch (IOException e) {
                left++;
            }
        }
        return left;
    }
}
