package fr.espacefamille.adapter.http.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
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
import fr.espacefamille.domain.canteen.BookingStatus;
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
                .filter(d -> d.status() == BookingStatus.BOOKED).count();
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
                + (b.booking().isWaiting() ? " (liste d'attente, rang " + b.waitlistPosition() + ")" : ""))
                .orElse("Aucun créneau réservé");
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
