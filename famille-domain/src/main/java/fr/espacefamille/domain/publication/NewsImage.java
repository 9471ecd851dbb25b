package fr.espacefamille.domain.publication;

import java.util.Objects;

/** The picture of a news item: a JPEG or PNG checked by its content, kept in the document store. */
public record NewsImage(String storageName, String contentType, long sizeBytes) {

    public NewsImage {
        Objects.requireNonNull(storageName, "storageName");
        if (!"image/jpeg".equals(contentType) && !"image/png".equals(contentType)) {
            throw new IllegalArgumentException("Une image d'actualité est un fichier JPEG ou PNG");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("sizeBytes");
        }
    }
}
