package fr.espacefamille.domain.billing;

import java.util.Arrays;
import java.util.Optional;

/** The brackets of the CAF effort rate, by number of dependent children: 1, 2, 3, 4 to 7, 8 and more. */
public enum EffortBracket {
    ONE("1", "1 enfant"),
    TWO("2", "2 enfants"),
    THREE("3", "3 enfants"),
    FOUR_TO_SEVEN("4", "4 à 7 enfants"),
    EIGHT_OR_MORE("8", "8 enfants et plus");

    private final String key;
    private final String frenchLabel;

    EffortBracket(String key, String frenchLabel) {
        this.key = key;
        this.frenchLabel = frenchLabel;
    }

    /** The key of the API's {@code effortRates} object: the smallest number of children of the bracket. */
    public String key() {
        return key;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    public static Optional<EffortBracket> byKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }

    public static EffortBracket forDependentChildren(int children) {
        if (children < 1) {
            throw new IllegalArgumentException("Un foyer compte au moins un enfant à charge");
        }
        if (children >= 8) {
            return EIGHT_OR_MORE;
        }
        return children >= 4 ? FOUR_TO_SEVEN : values()[children - 1];
    }

    /** The bracket of a family with one more child: what a disabled child gives (8+ stays 8+). */
    public EffortBracket next() {
        return this == EIGHT_OR_MORE ? this : values()[ordinal() + 1];
    }
}
