package fr.espacefamille.domain.document;

import java.text.Normalizer;

/**
 * Makes the name a person gave a file safe to keep and show: no folders, no control or special
 * characters (only letters, digits, space, dot, dash, underscore, parentheses), no leading dot,
 * at most 100 characters with the extension kept.
 */
public final class Filenames {

    public static final int MAX_LENGTH = 100;
    private static final String FALLBACK = "document";

    private Filenames() {
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_{2,}", "_")
                .strip();
        name = name.replaceAll("^[.\\s]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name.isBlank() || name.chars().allMatch(c -> c == '_' || c == '.') ? FALLBACK : name;
    }
}
