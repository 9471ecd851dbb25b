package fr.espacefamille.adapter.http.canteen;

import java.util.List;

import fr.espacefamille.application.canteen.ReadHeadcounts.Headcount;

/**
 * Headcounts as the kitchen's CSV: {@code date;school;meals}, a header line, the school by name,
 * semicolons as French spreadsheets expect; a name holding a separator or quote is quoted.
 */
final class HeadcountsCsv {

    private HeadcountsCsv() {
    }

    static String of(List<Headcount> counts) {
        StringBuilder csv = new StringBuilder("date;school;meals\r\n");
        for (Headcount h : counts) {
            csv.append(h.date()).append(';').append(field(h.school().name())).append(';').append(h.meals()).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
