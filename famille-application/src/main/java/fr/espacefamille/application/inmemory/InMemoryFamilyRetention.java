package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.privacy.FamilyRetention;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.Anonymised;
import fr.espacefamille.domain.privacy.FamilyActivity;

/**
 * In-memory {@link FamilyRetention} over the in-memory stores of families, accounts, sessions,
 * enrolments, invoices and documents.
 */
public final class InMemoryFamilyRetention implements FamilyRetention {

    private final Families families;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Enrolments enrolments;
    private final Invoices invoices;
    private final Documents documents;
    private final Map<FamilyId, Instant> anonymised;
    private final Map<FamilyId, Hold> holds;
    private final Map<YearMonth, Instant> runs;

    public InMemoryFamilyRetention(InMemoryTransactions transactions, Families families, Accounts accounts, Sessions sessions,
            Enrolments enrolments, Invoices invoices, Documents documents) {
        this.families = families;
        this.accounts = accounts;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.invoices = invoices;
        this.documents = documents;
        this.anonymised = new InMemoryMap<FamilyId, Instant>(transactions).map();
        this.holds = new InMemoryMap<FamilyId, Hold>(transactions).map();
        this.runs = new InMemoryMap<YearMonth, Instant>(transactions).map();
    }

    @Override
    public List<FamilyActivity> activities() {
        List<FamilyActivity> activities = new ArrayList<>();
        FamilyId after = null;
        for (List<Family> page = families.after(after, 500); !page.isEmpty(); page = families.after(after, 500)) {
            for (Family family : page) {
                if (!anonymised.containsKey(family.id())) {
                    activities.add(activity(family));
                }
            }
            after = page.get(page.size() - 1).id();
        }
        return activities;
    }

    private FamilyActivity activity(Family family) {
        LocalDate serviceEnd = enrolments.ofChildren(family.children().stream().map(Child::id).toList()).stream()
                .map(Enrolment::to).max(Comparator.naturalOrder()).orElse(null);
        List<Invoice> issued = invoices.issuedToFamily(family.id()).stream().map(InvoiceSummary::id)
                .flatMap(id -> invoices.byId(id).stream()).toList();
        boolean open = issued.stream().anyMatch(i -> i.balance().cents() > 0);
        LocalDate settled = issued.stream().flatMap(i -> Stream.concat(Stream.of(i.issuedOn()),
                        Stream.concat(i.payments().stream().map(p -> p.receivedOn()), i.creditNotes().stream().map(c -> c.issuedOn()))))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new FamilyActivity(family.id(), family.name(), serviceEnd, settled, open);
    }

    @Override
    public synchronized boolean claim(FamilyId family, Instant at) {
        return anonymised.putIfAbsent(family, at) == null;
    }

    @Override
    public List<String> erase(FamilyId id, String closedPasswordHash) {
        Family family = families.byId(id).orElseThrow();
        families.update(family.anonymised());
        family.guardians().forEach(guardian -> accounts.byGuardian(guardian.id()).ifPresent(account -> {
            sessions.removeAllOf(account.id(), null);
            accounts.update(new Account(account.id(), new Username(Anonymised.username(account.id().value())),
                    Anonymised.email(account.id().value()), closedPasswordHash, account.role(), account.guardianId(),
                    account.familyId(), account.createdAt()));
        }));
        return documents.ofFamily(id).stream().map(Document::storageName).toList();
    }

    @Override
    public void hold(Hold hold) {
        holds.put(hold.family(), hold);
    }

    @Override
    public boolean release(FamilyId family) {
        return holds.remove(family) != null;
    }

    @Override
    public Map<FamilyId, Hold> holds() {
        return Map.copyOf(holds);
    }

    @Override
    public synchronized boolean claimRun(YearMonth month, Instant at) {
        return runs.putIfAbsent(month, at) == null;
    }
}
