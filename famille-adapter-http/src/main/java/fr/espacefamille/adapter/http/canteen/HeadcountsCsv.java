package fr.espacefamille.adapter.http.canteen;

import java.util.List;

import fr.espacefamille.adapter.http.shared.Csv;
import fr.espacefamille.application.canteen.ReadHeadcounts.Headcount;

/**
 * Headcounts as CSV: for the kitchen's spreadsheet in French ({@code date;école;repas;définitif}) with
 * each day's town total after its schools, and for the API as API.md names it ({@code date;school;meals}).
 */
final class HeadcountsCsv {

    private HeadcountsCsv() {
    }

    static byte[] forKitchen(List<Headcount> counts) {
        Csv csv = Csv.withHeader("date", "école", "repas", "définitif");
        for (HeadcountLines.Line line : HeadcountLines.withTownTotals(counts)) {
            csv.row(line.date(), line.label(), line.meals(), line.isFinal() ? "oui" : "non");
        }
        return csv.forSpreadsheet();
    }

    static byte[] forApi(List<Headcount> counts) {
        Csv csv = Csv.withHeader("date", "school", "meals");
        counts.forEach(h -> csv.row(h.date(), h.school().name(), h.meals()));
        return csv.forProgram();
    }
}
