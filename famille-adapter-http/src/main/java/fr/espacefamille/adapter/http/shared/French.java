package fr.espacefamille.adapter.http.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;

/** Dates and amounts written for French readers; the typography itself is {@link FrenchText}. */
public final class French {

    /** The town's time zone, in which instants are read. */
    private static final ZoneId TOWN = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private French() {
    }

    /** « mardi 1er septembre 2026 ». */
    public static String date(LocalDate date) {
        return date == null ? "" : FrenchText.date(date);
    }

    /** « 14 mars 2018 », « 1er septembre 2026 »: a date without its weekday (a birth date). */
    public static String dayMonthYear(LocalDate date) {
        return date == null ? "" : FrenchText.dayMonth(date) + " " + date.getYear();
    }

    /** An instant in the town's time: « 7 septembre 2026 à 8 h », « 1er octobre 2026 à 14 h 05 ». */
    public static String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(TOWN);
        return dayMonthYear(local.toLocalDate()) + " à " + FrenchText.time(local.toLocalTime());
    }

    /** « 01/09/2026 ». */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** « 15,50 € ». */
    public static String money(long cents) {
        return Money.ofCents(cents).toFrench();
    }

    /** « mardi 8 septembre », « mardi 1er septembre », for days of a month or week already named on the page. */
    public static String day(LocalDate date) {
        return date == null ? "" : FrenchText.day(date);
    }

    /** « septembre 2026 ». */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE) + " " + month.getYear();
    }

    /** « lundi ». */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE);
    }

    /** The message of a broken invariant when it reads as French, else a plain « Donnée invalide. ». */
    public static String orInvalid(String message) {
        if (message == null || message.isBlank() || message.matches("(?s).*(java|Exception|\\bnull\\b|[a-z]\\.[A-Z]).*")) {
            return "Donnée invalide.";
        }
        return message;
    }

    /** A message as a sentence: « champ obligatoire » becomes « Champ obligatoire. ». */
    public static String sentence(String message) {
        if (message.isEmpty()) {
            return message;
        }
        String capital = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return capital.endsWith(".") || capital.endsWith("!") || capital.endsWith("?") ? capital : capital + ".";
    }

    /** « vendredi 4 septembre à 10 h » (minutes shown only when not on the hour). */
    public static String deadline(ZonedDateTime at) {
        return FrenchText.day(at.toLocalDate()) + " à " + FrenchText.time(at.toLocalTime());
    }
}
