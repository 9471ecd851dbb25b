package fr.espacefamille.adapter.http.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.family.KeyLetter;
import io.javalin.http.Context;

/** Answers key letters as a PDF download that no cache keeps: it holds live keys. */
final class KeyLetterAnswer {

    private final WebSettings settings;
    private final Clock clock;

    KeyLetterAnswer(WebSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    void send(Context ctx, int status, List<KeyLetter> letters) {
        byte[] pdf = KeyLetterPdf.render(letters, settings.baseUrl(), LocalDate.now(clock), settings.town());
        KeyLetter first = letters.get(0);
        String name = letters.size() == 1 ? first.guardian().lastName() + "-" + first.guardian().firstName()
                : first.family().name();
        ctx.status(status)
                .header("Content-Disposition", "attachment; filename=\"lettre-cle-" + slug(name) + ".pdf\"")
                .header("Cache-Control", "no-store")
                .contentType("application/pdf")
                .result(pdf);
    }

    /** A file-name-safe form of a person's name: « Hélène Dupré » gives {@code helene-dupre}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "foyer" : slug;
    }
}
