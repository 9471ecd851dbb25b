package fr.espacefamille.domain.commission;

import java.util.List;

/** A request's score and the lines it sums: the grid's criteria answered « yes », then its history. */
public record Score(int total, List<Line> breakdown) {

    /** One line of the breakdown: the criterion's code (or a history code), its French label and its points. */
    public record Line(String criterion, String label, int points) {
    }

    public Score {
        breakdown = List.copyOf(breakdown);
        if (total != breakdown.stream().mapToInt(Line::points).sum()) {
            throw new IllegalArgumentException("Le score est la somme de ses lignes");
        }
    }

    public static Score of(List<Line> lines) {
        return new Score(lines.stream().mapToInt(Line::points).sum(), lines);
    }
}
