package fr.espacefamille.domain.shared;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * French typography in one place, for pages, e-mails and PDFs: elision (« d'Inès »), the ordinal
 * « 1er » of dates, plurals written out (never « (s) »), sizes in « Mo »/« ko », times « 7 h 30 »,
 * phone numbers « 06 98 76 54 32 », and the non-breaking spaces French puts before « : ; ? ! »
 * and inside « ».
 */
public final class FrenchText {

    public static final char NBSP = '\u00a0';
    /** The narrow no-break space, between thousands and before « ; ? ! » in careful typography. */
    public static final char NNBSP = '\u202f';

    private FrenchText() {
    }

    /** « de Léa », « d'Inès », « d'Hugo »: « de » elided before a vowel or a mute h. */
    public static String of(String word) {
        return elides(word) ? "d'" + word : "de " + word;
    }

    /** « que Léa », « qu'Inès ». */
    public static String that(String word) {
        return elides(word) ? "qu'" + word : "que " + word;
    }

    /** « le lundi », « l'école »: the definite article, elided. */
    public static String the(String word) {
        return elides(word) ? "l'" + word : "le " + word;
    }

    /** Words starting with a vowel sound; h is treated as mute, as for first names (Hugo, Hélène). */
    static boolean elides(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        char first = Character.toLowerCase(Normalizer.normalize(word.strip().substring(0, 1), Normalizer.Form.NFD).charAt(0));
        return "aeiouyh".indexOf(first) >= 0;
    }

    /** « 1er », « 2 »: the day of the month as French writes it. */
    public static String dayOfMonth(int day) {
        return day == 1 ? "1er" : Integer.toString(day);
    }

    /** « lundi 1er septembre 2026 ». */
    public static String date(LocalDate date) {
        return day(date) + " " + date.getYear();
    }

    /** « lundi 1er septembre ». */
    public static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE) + " " + dayMonth(date);
    }

    /** « 1er septembre ». */
    public static String dayMonth(LocalDate date) {
        return dayOfMonth(date.getDayOfMonth()) + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }

    /** « 0 jour », « 1 jour », « 3 jours »: French keeps the singular below 2. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (Math.abs(n) < 2 ? singular : plural);
    }

    /** « 350 ko », « 12,4 Mo », « 200 Mo »: sizes in the French units, one decimal at most. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(bytes == 0 ? 0 : 1, Math.round(bytes / 1024.0)) + "" + NBSP + "ko";
        }
        double mo = bytes / (1024.0 * 1024.0);
        long tenths = Math.round(mo * 10);
        String number = tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
        return number + NBSP + "Mo";
    }

    /** « 7 h 30 », « 18 h ». */
    public static String time(LocalTime time) {
        return time.getHour() + "" + NBSP + "h" + (time.getMinute() == 0 ? "" : NBSP + String.format(Locale.ROOT, "%02d", time.getMinute()));
    }

    /** « 06 98 76 54 32 » from « +33 6 98 76 54 32 », « 0698765432 » or « 06.98.76.54.32 » ({@link PhoneNumber}); anything else as typed. */
    public static String phone(String phone) {
        if (phone == null) {
            return "";
        }
        return PhoneNumber.parse(phone).map(PhoneNumber::shown).orElse(phone.strip());
    }

    /** Non-breaking spaces before « : ; ? ! » and inside « », as French typography wants. */
    public static String typeset(String text) {
        return text.replaceAll(" ([:;?!»])", NBSP + "$1").replaceAll("« ", "«" + NBSP);
    }
}
