package fr.espacefamille.domain.publication;

import java.time.Instant;
import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/**
 * A rules document (règlement) of the public space: a PDF published by staff for anyone to read.
 * Its bytes are kept outside the database under the random {@code storageName}.
 */
public record RulesDocument(RulesDocumentId id, String title, RulesService service, String filename, long sizeBytes,
        Instant publishedAt, String storageName) {

    public static final int MAX_TITLE = 200;

    public RulesDocument {
        Objects.requireNonNull(id, "id");
        title = Text.required(title, "Le titre", MAX_TITLE);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(storageName, "storageName");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("sizeBytes <= 0");
        }
    }
}
