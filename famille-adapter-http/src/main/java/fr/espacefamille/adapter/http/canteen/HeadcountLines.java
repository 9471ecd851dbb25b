package fr.espacefamille.adapter.http.canteen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.canteen.ReadHeadcounts.Headcount;

/** The kitchen's lines: each school's meals of a day, then the town's total for that day (final once every school's is). */
public final class HeadcountLines {

    static final String TOWN_TOTAL = "Total commune";

    public record Line(LocalDate date, String label, int meals, boolean isFinal, boolean townTotal) {
    }

    private HeadcountLines() {
    }

    /** {@code counts} ordered by day, as ReadHeadcounts answers them. */
    static List<Line> withTownTotals(List<Headcount> counts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Headcount h = counts.get(i);
            lines.add(new Line(h.date(), h.school().name(), h.meals(), h.isFinal(), false));
            if (i + 1 == counts.size() || !counts.get(i + 1).date().equals(h.date())) {
                List<Headcount> day = counts.stream().filter(c -> c.date().equals(h.date())).toList();
                lines.add(new Line(h.date(), TOWN_TOTAL, day.stream().mapToInt(Headcount::meals).sum(),
                        day.stream().allMatch(Headcount::isFinal), true));
            }
        }
        return lines;
    }
}
