import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.account.JdbiAccounts;
import fr.espacefamille.adapter.jdbc.audit.JdbiAuditLog;
import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoiceNumbers;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryNurseryConsumption;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Town;

/**
 * Bills a month of the school canteen for a city of 50,000 children in 30,000 families on
 * PostgreSQL, through the real use case and stores, and reports time, heap and invoices per
 * second. Run by bench/billing-benchmark.sh; seeding the town is not timed.
 */
public final class BillingBenchmark {

    static final int ONE_CHILD = 10_000;
    static final int TWO_CHILDREN = 20_000;
    static final YearMonth MONTH = YearMonth.of(2026, 9);

    /** Every child: booked meals on school days, one unbooked meal, one carence day, one unbilled absence; deterministic. */
    static final class Canteen implements CanteenConsumption {
        @Override
        public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
            List<CanteenDay> days = new ArrayList<>();
            for (ChildId child : children) {
                int n = 0;
                for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                    DayOfWeek weekday = day.getDayOfWeek();
                    if (weekday == DayOfWeek.WEDNESDAY || weekday.getValue() >= 6) {
                        continue;
                    }
                    MealCharge kind = switch (n++) {
                        case 3 -> MealCharge.UNBOOKED_MEAL;
                        case 7 -> MealCharge.CARENCE_DAY;
                        case 8 -> MealCharge.ABSENCE_NOT_BILLED;
                        default -> (child.value().getLeastSignificantBits() & 7) == n % 8 ? MealCharge.BOOKED_MEAL_MISSED
                                : MealCharge.BOOKED_MEAL;
                    };
                    days.add(new CanteenDay(child, day, kind));
                }
            }
            return days;
        }
    }

    public static void main(String[] args) {
        String url = args[0];
        try (Database database = Database.start(url, args.length > 1 ? args[1] : "postgres", args.length > 2 ? args[2] : "")) {
            long seeded = System.nanoTime();
            int children = seed(database);
            System.out.printf("seeded %d families, %d children in %.1f s%n", ONE_CHILD + TWO_CHILDREN, children, (System.nanoTime() - seeded) / 1e9);

            var db = database.context();
            Clock clock = Clock.fixed(Instant.parse("2026-10-02T07:00:00Z"), ZoneId.of("Europe/Paris"));
            var transactions = new JdbiTransactions(db);
            var run = new RunMonthlyBilling(new JdbiFamilies(db), new Canteen(), new InMemoryNurseryConsumption(), new JdbiTariffs(db),
                    new JdbiBillingRuns(db), new JdbiInvoices(db), new JdbiInvoiceNumbers(db), new JdbiAccounts(db), new InMemoryMailer(), Town.DONGES,
                    transactions, new Audit(new JdbiAuditLog(db), clock), clock, "http://localhost:7070", Runnable::run);
            Actor finance = new Actor(AccountId.random(), "bench", Role.FINANCE_AGENT, null, null);

            for (boolean issue : new boolean[] {false, true}) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                RunMonthlyBilling.Result result = run.run(finance, new RunMonthlyBilling.Command(Regie.SCHOOL, MONTH, issue));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s: %d invoices, %s, in %.2f s = %.0f invoices/s; peak heap used %d MiB (max heap %d MiB)%n",
                        issue ? "issue" : "draft", result.run().invoiceCount(), result.run().total(), seconds,
                        result.run().invoiceCount() / seconds, peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
            }
            database.jdbi().useHandle(handle -> System.out.println("invoice lines stored: "
                    + handle.createQuery("SELECT COUNT(*) FROM invoice_lines").mapTo(Long.class).one()
                    + ", last number: " + handle.createQuery("SELECT MAX(number) FROM invoices").mapTo(String.class).one()));
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** Families, guardians, children and quotients written in batches (not timed), and the demo canteen tariff. */
    private static int seed(Database database) {
        int[] children = {0};
        database.jdbi().useTransaction(handle -> {
            PreparedBatch families = handle.prepareBatch("""
                    INSERT INTO families (id, name, address_line1, postcode, city, resident, paperless, dependent_children, disabled_child, search_text)
                    VALUES (:id, :name, '1 rue de la Loire', '44480', 'Donges', :resident, :paperless, :dependents, FALSE, :search)""");
            PreparedBatch guardians = handle.prepareBatch("""
                    INSERT INTO guardians (id, family_id, ordinal, first_name, last_name) VALUES (:id, :family, 0, 'Camille', :name)""");
            PreparedBatch kids = handle.prepareBatch("""
                    INSERT INTO children (id, family_id, ordinal, first_name, last_name, birth_date) VALUES (:id, :family, :ordinal, :first, :name, :birth)""");
            PreparedBatch quotients = handle.prepareBatch("""
                    INSERT INTO family_quotients (family_id, valid_from, quotient) VALUES (:family, :from, :quotient)""");
            for (int i = 0; i < ONE_CHILD + TWO_CHILDREN; i++) {
                UUID family = UUID.randomUUID();
                String name = "Famille" + i;
                int count = i < TWO_CHILDREN ? 2 : 1;
                families.bind("id", family).bind("name", name).bind("resident", i % 12 != 0).bind("paperless", i % 2 == 0)
                        .bind("dependents", count).bind("search", name.toLowerCase()).add();
                guardians.bind("id", UUID.randomUUID()).bind("family", family).bind("name", name).add();
                for (int c = 0; c < count; c++) {
                    kids.bind("id", UUID.randomUUID()).bind("family", family).bind("ordinal", c).bind("first", "Enfant" + (c + 1))
                            .bind("name", name).bind("birth", LocalDate.of(2016 + c, 3, 14)).add();
                    children[0]++;
                }
                if (i % 7 != 0) {
                    quotients.bind("family", family).bind("from", LocalDate.of(2026, 1, 1)).bind("quotient", (i * 37) % 1600).add();
                }
                if (i % 2_000 == 1_999) {
                    families.execute();
                    guardians.execute();
                    kids.execute();
                    quotients.execute();
                }
            }
            families.execute();
            guardians.execute();
            kids.execute();
            quotients.execute();
        });
        new JdbiTariffs(database.context()).putCanteen(ExampleTariffs.canteen(LocalDate.of(2026, 9, 1)));
        return children[0];
    }
}
