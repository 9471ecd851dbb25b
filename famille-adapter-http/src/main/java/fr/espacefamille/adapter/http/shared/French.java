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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;

/** Dates and amounts written for French readers; the typography itself is {@link FrenchText}. */
public final class French {

    /** The town's time zone, in which instants are read. */
    private static final ZoneId TOWN = ZoneId.of("Europe/Paris");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*|!--)[^>]*>");
    /** « 1er septembre », « 14 juillet »: a day and its month, which a line must not part. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d,.])(1er|[12]\\d|3[01]|[1-9]) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b");
    /** « à 10 h »: a time, which a line must not part from its « à ». */
    private static final Pattern AT_TIME = Pattern.compile(" à (\\d{1,2}(?:\u00a0|&nbsp;)h)");
    private static final Set<String> VERBATIM = Set.of("script", "style", "textarea", "pre");
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

    /** An instant in the town's time: « lundi 7 septembre 2026 à 8 h », « jeudi 1er octobre 2026 à 14 h 05 ». */
    public static String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(TOWN);
        return FrenchText.date(local.toLocalDate()) + " à " + FrenchText.time(local.toLocalTime());
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

    /**
     * A rendered page with French typography ({@link FrenchText#typeset}: non-breaking spaces before
     * « : ; ? ! » and inside « »; between a day and its month, « 1er septembre », and in « à 10 h ») in its text, never inside a tag (attributes, the values of inputs) nor
     * in what a script, a style, a text area or preformatted text holds as typed.
     */
    public static String typesetPage(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        String verbatim = null;
        int from = 0;
        while (tag.find()) {
            String text = html.substring(from, tag.start());
            out.append(verbatim == null ? typeset(text) : text).append(tag.group());
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (VERBATIM.contains(name)) {
                verbatim = tag.group(1).isEmpty() ? name : null;
            }
            from = tag.end();
        }
        String rest = html.substring(from);
        return out.append(verbatim == null ? typeset(rest) : rest).toString();
    }

    private static String typeset(String text) {
        String days = DAY_MONTH.matcher(FrenchText.typeset(text)).replaceAll("$1" + FrenchText.NBSP + "$2");
        return AT_TIME.matcher(days).replaceAll(" à" + FrenchText.NBSP + "$1");
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
