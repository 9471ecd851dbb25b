package fr.espacefamille.domain.billing;

import fr.espacefamille.domain.canteen.MealCharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/** Laws of the billing policies over seeded random families and months (the seed is in the test's name). */
class BillingPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 60).map(i -> 0x5EEDL * 1_000 + i);
    }

    private static Family randomFamily(Random random) {
        Integer quotient = random.nextInt(5) == 0 ? null : random.nextInt(2_000);
        Long resources = random.nextInt(6) == 0 ? null : (long) random.nextInt(120_000_00);
        Family family = DemoTariffs.family(quotient, random.nextInt(8) != 0,
                new Resources(resources == null ? null : Money.ofCents(resources), 1 + random.nextInt(9), random.nextInt(10) == 0),
                1 + random.nextInt(4));
        if (random.nextBoolean()) {
            family = family.withQuotient(new FamilyQuotient(random.nextInt(2_000), LocalDate.of(2026, 10, 1 + random.nextInt(28))));
        }
        return family;
    }

    private static List<CanteenDay> randomCanteenMonth(Random random, Family family, YearMonth month) {
        List<CanteenDay> days = new ArrayList<>();
        MealCharge[] kinds = MealCharge.values();
        for (Child child : family.children()) {
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                if (random.nextInt(3) > 0) {
                    days.add(new CanteenDay(child.id(), month.atDay(day), kinds[random.nextInt(kinds.length)]));
                }
            }
        }
        Collections.shuffle(days, random);
        return days;
    }

    private static List<NurseryMonth> randomNurseryMonth(Random random, Family family) {
        List<NurseryMonth> months = new ArrayList<>();
        for (Child child : family.children()) {
            int contract = random.nextInt(3) == 0 ? 0 : random.nextInt(400);
            months.add(new NurseryMonth(child.id(), contract, random.nextInt(20), random.nextInt(60), random.nextInt(10),
                    contract == 0 ? 0 : random.nextInt(contract + 1)));
        }
        return months;
    }

    private static Money sum(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canteen_lines_count_every_billed_day_once_and_the_invoice_total_is_their_sum(long seed) {
        Random random = new Random(seed);
        Family family = randomFamily(random);
        YearMonth month = YearMonth.of(2026, 10);
        List<CanteenDay> days = randomCanteenMonth(random, family, month);
        TariffSchedule tariffs = DemoTariffs.schedule();

        List<InvoiceLine> lines = CanteenBillingPolicy.lines(family, days, tariffs);

        long billedDays = days.stream().filter(d -> d.charge().billed()).count();
        assertThat(lines.stream().mapToLong(l -> l.quantity().longValueExact()).sum()).isEqualTo(billedDays);
        Money expected = days.stream().filter(d -> d.charge().billed()).map(d -> {
            CanteenTariff tariff = tariffs.canteenOn(d.date()).orElseThrow();
            return d.charge() == MealCharge.UNBOOKED_MEAL
                    ? tariff.unbookedMealPrice(family.resident(), family.quotientOn(d.date()))
                    : tariff.mealPrice(family.resident(), family.quotientOn(d.date()));
        }).reduce(Money.ZERO, Money::plus);
        assertThat(sum(lines)).isEqualTo(expected);
        assertThat(lines).allSatisfy(l -> assertThat(l.amount()).isEqualTo(l.unitPrice().times(l.quantity().longValueExact())));
        assertThat(CanteenBillingPolicy.lines(family, days, tariffs)).as("same input, same lines").isEqualTo(lines);
        Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), false, Regie.SCHOOL, month, lines)
                .ifPresent(invoice -> assertThat(invoice.total()).isEqualTo(sum(lines)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nursery_lines_are_hours_at_one_rate_and_the_invoice_total_is_their_sum(long seed) {
        Random random = new Random(seed);
        Family family = randomFamily(random);
        List<NurseryMonth> months = randomNurseryMonth(random, family);
        NurseryTariff tariff = DemoTariffs.nursery(DemoTariffs.SEPT_1);

        List<InvoiceLine> lines = NurseryBillingPolicy.lines(family, months, tariff);

        Money rate = PsuHourlyRate.of(tariff, family.resources());
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.unitPrice().cents()).isEqualTo(l.kind() == LineKind.DEDUCTION ? -rate.cents() : rate.cents());
            assertThat(l.quantity().remainder(new BigDecimal("0.5")).signum()).as("half-hours").isZero();
        });
        BigDecimal effort = tariff.effortRate(PsuHourlyRate.bracketOf(family.resources()));
        assertThat(rate).as("between the floor's and the ceiling's rate").isBetween(tariff.floor().timesRate(effort), tariff.ceiling().timesRate(effort));
        Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), false, Regie.EARLY_CHILDHOOD, YearMonth.of(2026, 10), lines)
                .ifPresentOrElse(invoice -> assertThat(invoice.total()).isEqualTo(sum(lines)),
                        () -> assertThat(sum(lines).isPositive()).isFalse());
    }
}
