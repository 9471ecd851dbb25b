package fr.espacefamille.adapter.http.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.application.canteen.ReadCanteenDays.Day;
import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;

/**
 * The one sentence each dashboard tile shows: what a parent needs to know or do now, worded the
 * way the town hall would say it.
 */
public final class DashboardTiles {

    static final String NOTHING_DUE = "Rien à payer";
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.FRANCE);

    private DashboardTiles() {
    }

    /** The school week a parent plans: this one on weekdays, the next one from Saturday on. */
    public static LocalDate weekStart(LocalDate today) {
        return today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** « 2 jours réservés cette semaine » over the days of {@link #weekStart}'s week. */
    public static String canteenWeek(List<Day> days, LocalDate today) {
        LocalDate start = weekStart(today);
        long booked = days.stream().filter(d -> !d.date().isBefore(start) && d.date().isBefore(start.plusDays(7)))
                .filter(d -> d.status() == CanteenDayStatus.BOOKED).count();
        String week = start.isAfter(today) ? "la semaine prochaine" : "cette semaine";
        if (booked == 0) {
            return "Aucun repas réservé " + week;
        }
        return booked + (booked == 1 ? " jour réservé " : " jours réservés ") + week;
    }

    /** « Prochain créneau : mardi 8 septembre matin », the waiting list rank when not yet confirmed. */
    public static String nextNurserySlot(Collection<BookingView> bookings, LocalDate today) {
        Optional<BookingView> next = bookings.stream()
                .filter(b -> b.booking().isActive() && !b.booking().slot().date().isBefore(today))
                .min(Comparator.comparing(b -> b.booking().slot()));
        return next.map(b -> "Prochain créneau : " + French.day(b.booking().slot().date()) + " " + b.booking().slot().period().french()
                + (b.booking().isWaiting() ? " (liste d'attente, rang\u00a0" + b.waitlistPosition() + ")" : ""))
                .orElse("Aucun créneau réservé");
    }

    /** The contract's next three days of care from today, « jeudi 3 septembre (8 h 30 – 17 h), … », congés weeks left out. */
    public static String nextContractDays(Collection<RegularContract> contracts, LocalDate today) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = today; days.size() < 3 && day.isBefore(today.plusDays(28)); day = day.plusDays(1)) {
            LocalDate date = day;
            contracts.stream().map(c -> c.expectedOn(date)).flatMap(Optional::stream).findFirst()
                    .ifPresent(hours -> days.add(French.day(date) + " (" + FrenchText.time(hours.arrival()) + " – "
                            + FrenchText.time(hours.departure()) + ")"));
        }
        return days.isEmpty() ? "Aucun jour d'accueil prévu dans les quatre semaines" : "Contrat, prochains jours\u00a0: " + String.join(", ", days);
    }

    /** « 15,50 € à payer avant le 15 octobre », or late since the earliest missed due date, or nothing to pay. */
    public static String amountDue(List<InvoiceSummary> invoices, LocalDate today) {
        List<InvoiceSummary> unpaid = invoices.stream().filter(i -> i.issued() && i.balance().isPositive()).toList();
        if (unpaid.isEmpty()) {
            return NOTHING_DUE;
        }
        Money due = unpaid.stream().map(InvoiceSummary::balance).reduce(Money.ZERO, Money::plus);
        LocalDate earliest = unpaid.stream().map(InvoiceSummary::dueOn).min(Comparator.naturalOrder()).orElseThrow();
        boolean late = unpaid.stream().anyMatch(i -> i.status(today) == InvoiceStatus.OVERDUE);
        return due.toFrench() + (late ? " à payer, échéance dépassée depuis le " : " à payer avant le ") + DAY_OF_MONTH.format(earliest);
    }
}
