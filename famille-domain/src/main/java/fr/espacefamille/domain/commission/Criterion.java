package fr.espacefamille.domain.commission;

import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/** A yes/no question of the scoring grid and the points a « yes » brings (negative points are allowed). */
public record Criterion(String code, String label, int points) {

    /** Points beyond this are surely a typing mistake. */
    public static final int MAX_POINTS = 1000;

    public Criterion {
        Objects.requireNonNull(code, "Le code du critère est obligatoire");
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("Le code du critère s'écrit en majuscules, chiffres et « _ » (40 caractères au plus)");
        }
        label = Text.required(label, "L'intitulé du critère", 300);
        if (Math.abs(points) > MAX_POINTS) {
            throw new IllegalArgumentException("Les points d'un critère sont compris entre -" + MAX_POINTS + " et " + MAX_POINTS);
        }
    }
}
