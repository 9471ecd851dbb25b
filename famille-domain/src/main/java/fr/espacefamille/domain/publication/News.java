package fr.espacefamille.domain.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.shared.Text;

/** A news item (actualité) of the public space, with an optional image; visible from its publication date on. */
public record News(NewsId id, String title, String body, LocalDate publishedOn, NewsImage image) {

    /** An item without an image. */
    public News(NewsId id, String title, String body, LocalDate publishedOn) {
        this(id, title, body, publishedOn, null);
    }

    public News {
        Objects.requireNonNull(id, "id");
        title = Text.required(title, "Le titre", 200);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Le texte de l'actualité est obligatoire");
        }
        if (body.length() > 20_000) {
            throw new IllegalArgumentException("Le texte de l'actualité dépasse 20 000 caractères");
        }
        body = body.strip();
        Objects.requireNonNull(publishedOn, "La date de publication est obligatoire");
    }

    public Optional<NewsImage> picture() {
        return Optional.ofNullable(image);
    }

    /** The item edited: new text and date; the image given (null: none). */
    public News edited(String newTitle, String newBody, LocalDate newDate, NewsImage newImage) {
        return new News(id, newTitle, newBody, newDate, newImage);
    }

    public boolean isVisibleOn(LocalDate day) {
        return !publishedOn.isAfter(day);
    }
}
