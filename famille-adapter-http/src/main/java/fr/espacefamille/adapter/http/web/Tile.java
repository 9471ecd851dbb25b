package fr.espacefamille.adapter.http.web;

import java.util.List;
import java.util.Objects;

import fr.espacefamille.domain.shared.FrenchText;

/**
 * One tile: its title links to the page, its lines say what matters now, its action is the next step
 * (a link, or a button posting a form when {@code post}, e.g. « Payer » an invoice).
 */
public record Tile(String title, String href, List<String> lines, String action, String actionHref, boolean post) {

    public Tile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        lines = List.copyOf(lines);
    }

    static Tile of(String title, String href, List<String> lines) {
        return new Tile(title, href, lines, null, null, false);
    }

    Tile withAction(String label, String target) {
        return new Tile(title, href, lines, label, target, false);
    }

    /** The same tile, its lines typeset as French wants (non-breaking spaces before « : ; ? ! » and inside « »). */
    Tile typeset() {
        return new Tile(title, href, lines.stream().map(FrenchText::typeset).toList(), action, actionHref, post);
    }

    Tile withPostAction(String label, String target) {
        return new Tile(title, href, lines, label, target, true);
    }
}
