package fr.espacefamille.adapter.http.commission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.domain.commission.AnswerCorrection;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * One event of a request's history as the family and staff read it, oldest first: the submission,
 * staff's corrections of the answers (each changed criterion and the reason), the offers and their answers.
 */
public record HistoryLine(Instant at, String when, String text, List<String> details) {

    static List<HistoryLine> of(NurseryRequest request, List<Offer> offers, Map<String, String> labels, ZoneId zone) {
        List<HistoryLine> lines = new ArrayList<>();
        lines.add(line(request.submittedAt(), zone, "pré-inscription déposée.", List.of()));
        for (AnswerCorrection c : request.corrections()) {
            List<String> details = new ArrayList<>();
            c.changes().forEach((code, yes) -> details.add(labels.getOrDefault(code, code) + (yes ? "\u00a0: non → oui" : "\u00a0: oui → non")));
            details.add("Motif\u00a0: " + c.reason());
            lines.add(line(c.at(), zone, "réponses corrigées par le service Petite enfance au vu des justificatifs.", details));
        }
        for (Offer o : offers) {
            lines.add(line(o.offeredAt(), zone, "place proposée à partir du " + French.date(o.start()) + ".", List.of()));
            if (o.answeredAt() != null) {
                String text = switch (o.status()) {
                    case ACCEPTED -> "place acceptée.";
                    case REFUSED -> "place refusée.";
                    case EXPIRED -> "proposition expirée sans réponse.";
                    case PENDING -> throw new IllegalStateException("a pending offer has no answer");
                };
                lines.add(line(o.answeredAt(), zone, text, List.of()));
            }
        }
        lines.sort(Comparator.comparing(HistoryLine::at));
        return lines;
    }

    private static HistoryLine line(Instant at, ZoneId zone, String text, List<String> details) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return new HistoryLine(at, French.date(local.toLocalDate()) + " à " + FrenchText.time(local.toLocalTime()), text, details);
    }
}
