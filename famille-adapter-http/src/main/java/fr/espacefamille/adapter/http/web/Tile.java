package fr.espacefamille.adapter.http.web;

import java.util.List;
import java.util.Objects;

/** One tile: its title links to the page, its lines say what matters now, its action is the next step. */
public record Tile(String title, String href, List<String> lines, String action, String actionHref) {

    public Tile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        lines = List.copyOf(lines);
    }

    static Tile of(String title, String href, List<String> lines) {
        return new Tile(title, href, lines, null, null);
    }

    Tile withAction(String label, String target) {
        return new Tile(title, href, lines, label, target);
    }
}
