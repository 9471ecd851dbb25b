package fr.espacefamille.domain.commission;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import fr.espacefamille.domain.shared.Text;

/**
 * Staff changed answers of a request after checking them against the documents (§9), with the
 * written reason. {@code changes} holds each changed criterion's new answer: answers are yes/no
 * (one not given is « no »), so the answer before is the opposite.
 */
public record AnswerCorrection(Instant at, String by, String reason, Map<String, Boolean> changes) {

    public AnswerCorrection {
        Objects.requireNonNull(at, "at");
        by = Text.required(by, "L'agent", 100);
        reason = Text.required(reason, "Le motif de la correction", 1000);
        changes = new TreeMap<>(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("La correction change au moins une réponse");
        }
    }
}
