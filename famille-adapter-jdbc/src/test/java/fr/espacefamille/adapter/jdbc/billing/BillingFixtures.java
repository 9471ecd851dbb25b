package fr.espacefamille.adapter.jdbc.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.application.billing.DirectDebitFiles;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.application.billing.InvoiceNumbers;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.billing.Tariffs;
import fr.espacefamille.application.inmemory.InMemoryBillingRuns;
import fr.espacefamille.application.inmemory.InMemoryDirectDebitFiles;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryInvoiceNumbers;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryTariffs;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/** The billing stores of a backend, and plausible billing data for their contracts. */
final class BillingFixtures {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final LocalDate OCT_2 = LocalDate.of(2026, 10, 2);
    static final Instant NOW = Fixtures.NOW;

    private BillingFixtures() {
    }

    static Tariffs tariffs(Backend backend) {
        return backend.store(InMemoryTariffs::new, JdbiTariffs::new);
    }

    static BillingRuns runs(Backend backend) {
        return backend.store(InMemoryBillingRuns::new, JdbiBillingRuns::new);
    }

    static Invoices invoices(Backend backend) {
        return backend.store(InMemoryInvoices::new, JdbiInvoices::new);
    }

    static InvoiceNumbers numbers(Backend backend) {
        return backend.store(InMemoryInvoiceNumbers::new, JdbiInvoiceNumbers::new);
    }

    static DirectDebits directDebits(Backend backend) {
        return backend.store(InMemoryDirectDebits::new, JdbiDirectDebits::new);
    }

    static DirectDebitFiles directDebitFiles(Backend backend) {
        return backend.store(InMemoryDirectDebitFiles::new, JdbiDirectDebitFiles::new);
    }

    /** An active online mandate of the family for the school régie, stored. */
    static DirectDebitMandate mandate(DirectDebits mandates, Family family, String rum) {
        DirectDebitMandate mandate = DirectDebitMandate.sign(rum, family.id(), Regie.SCHOOL, family.guardians().get(0).fullName(),
                new Iban("FR7630006000011234567890189"), LocalDate.of(2026, 9, 1), true);
        mandates.add(mandate);
        return mandate;
    }

    static CanteenTariff canteen(LocalDate validFrom) {
        return ExampleTariffs.canteen(validFrom);
    }

    /** SPEC's barème, its 8+ rate given one more digit to show that rates are kept exactly. */
    static NurseryTariff nursery(LocalDate validFrom) {
        NurseryTariff example = ExampleTariffs.nursery(validFrom);
        Map<EffortBracket, BigDecimal> rates = new EnumMap<>(example.effortRates());
        rates.put(EffortBracket.EIGHT_OR_MORE, new BigDecimal("0.0002065"));
        return new NurseryTariff(validFrom, example.floor(), example.ceiling(), rates);
    }

    /** A stored family with two children. */
    static Family family(Backend backend, String name) {
        Family family = Fixtures.family(name, List.of(Fixtures.guardian("Claire", name, null)),
                List.of(Fixtures.child("Léa", name), Fixtures.child("Tom", name)));
        backend.families().add(family);
        return family;
    }

    /** A stored draft run of September. */
    static BillingRun draftRun(BillingRuns runs) {
        BillingRun run = BillingRun.start(Regie.SCHOOL, SEPTEMBER, false, NOW, OCT_2, "tresorerie");
        runs.add(run);
        return run;
    }

    /** A draft invoice of 19,50 €: 12 booked meals for the first child, 3 unbooked meals for the second. */
    static Invoice draft(BillingRun run, Family family, boolean paper) {
        List<InvoiceLine> lines = List.of(
                InvoiceLine.of(family.children().get(0).id(), family.children().get(0).fullName(), LineKind.BOOKED_MEAL,
                        BigDecimal.valueOf(12), Money.ofCents(100)),
                InvoiceLine.of(family.children().get(1).id(), family.children().get(1).fullName(), LineKind.UNBOOKED_MEAL,
                        BigDecimal.valueOf(3), Money.ofCents(250)));
        return Invoice.draft(run.id(), family.id(), Recipient.of(family), paper, Regie.SCHOOL, SEPTEMBER, lines).orElseThrow();
    }
}
