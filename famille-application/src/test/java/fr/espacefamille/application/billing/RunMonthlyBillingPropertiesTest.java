package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/** Laws of a billing run over seeded random towns and months (the seed is in the test's name). */
class RunMonthlyBillingPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 12).map(i -> 20_260_900L + i);
    }

    /** A random town: between 1 and 1 200 families (so that runs cross pages), a random September each. */
    private static BillingTestbed town(long seed) {
        Random random = new Random(seed);
        BillingTestbed bed = new BillingTestbed();
        int families = 1 + random.nextInt(random.nextBoolean() ? 40 : 1_200);
        MealCharge[] kinds = MealCharge.values();
        for (int f = 0; f < families; f++) {
            Integer quotient = random.nextInt(6) == 0 ? null : random.nextInt(2_000);
            Family family = bed.family("Famille" + f, quotient, Resources.UNDECLARED, 1 + random.nextInt(3), random.nextBoolean());
            for (Child child : family.children()) {
                for (int day = 1; day <= 30; day++) {
                    if (random.nextInt(4) == 0) {
                        bed.canteen.add(new CanteenDay(child.id(), LocalDate.of(2026, 9, day), kinds[random.nextInt(kinds.length)]));
                    }
                }
            }
        }
        return bed;
    }

    private static Map<FamilyId, List<InvoiceLine>> linesByFamily(BillingTestbed bed, RunMonthlyBilling.Result result) {
        Map<FamilyId, List<InvoiceLine>> lines = new HashMap<>();
        for (RunMonthlyBilling.RunInvoice summary : result.invoices()) {
            Invoice invoice = bed.invoices.byId(summary.id()).orElseThrow();
            assertThat(lines.put(invoice.family(), invoice.lines())).as("one invoice per family").isNull();
        }
        return lines;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_re_run_draft_gives_the_same_invoices_and_issuing_numbers_them_without_gap(long seed) {
        BillingTestbed bed = town(seed);

        RunMonthlyBilling.Result first = bed.draft(SEPTEMBER);
        RunMonthlyBilling.Result second = bed.draft(SEPTEMBER);
        Map<FamilyId, List<InvoiceLine>> drafted = linesByFamily(bed, second);

        assertThat(second.run().total()).isEqualTo(first.run().total());
        assertThat(second.invoices()).extracting(RunMonthlyBilling.RunInvoice::family, RunMonthlyBilling.RunInvoice::total)
                .containsExactlyElementsOf(first.invoices().stream().map(i -> tuple(i.family(), i.total())).toList());

        RunMonthlyBilling.Result issued = bed.issue(SEPTEMBER);

        Map<FamilyId, List<InvoiceLine>> billed = linesByFamily(bed, issued);
        assertThat(billed).isEqualTo(drafted);
        for (int i = 0; i < issued.invoices().size(); i++) {
            assertThat(issued.invoices().get(i).number()).isEqualTo(new InvoiceNumber(Regie.SCHOOL, 2026, i + 1));
            Invoice invoice = bed.invoices.byId(issued.invoices().get(i).id()).orElseThrow();
            assertThat(invoice.total()).isEqualTo(invoice.lines().stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus));
        }
        assertThat(issued.run().total()).isEqualTo(issued.invoices().stream().map(RunMonthlyBilling.RunInvoice::total)
                .reduce(Money.ZERO, Money::plus));
        assertThat(issued.run().invoiceCount()).isEqualTo(issued.invoices().size());
    }
}
