package fr.espacefamille.domain.shared;

/** Checks on people's text fields, shared by the value types. */
public final class Text {

    private Text() {
    }

    /** The trimmed text, refusing blank text and text longer than {@code max} characters. */
    public static String required(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " est obligatoire");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(name + " dépasse " + max + " caractères");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new IllegalArgumentException(name + " contient des caractères de contrôle");
        }
        return trimmed;
    }

    /** Lower case without accents, so that « Hélène » is found by « helene ». */
    public static String folded(String text) {
        String decomposed = java.text.Normalizer.normalize(text == null ? "" : text.strip(), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Like {@link #required} but blank or absent text becomes {@code null}. */
    public static String optional(String value, String name, int max) {
        return value == null || value.isBlank() ? null : required(value, name, max);
    }
}
