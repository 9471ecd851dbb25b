package fr.espacefamille.adapter.http.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.application.family.ListChildren.ChildServices;
import fr.espacefamille.application.family.MyAccount;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.nursery.ListOccasionalBookings;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.family.ChildService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mon espace », the parents' dashboard: one tile per part of the family's life with the town
 * hall (family, canteen, nursery, invoices, documents, details, news), each saying the one thing to
 * act on. Staff are sent to their own home.
 */
public final class DashboardPages implements Feature {

    /** The sources of the tiles, each an existing use case. */
    public record Sources(ShowMyAccount account, ListChildren children, ReadCanteenDays canteen,
            ListOccasionalBookings nursery, ListRegularContracts contracts, ReadInvoices invoices, ListDocuments documents,
            ReadNews news, ReadReminders reminders) {
    }

    private static final int NEWS_SHOWN = 3;

    private final Sources sources;
    private final Clock clock;

    public DashboardPages(Sources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/espace", this::dashboard);
    }

    private void dashboard(Context ctx) {
        Actor actor = Pages.actor(ctx);
        if (actor.isStaff()) {
            ctx.redirect("/agents");
            return;
        }
        MyAccount mine = sources.account().show(actor);
        if (mine.family() == null) {
            applicant(ctx, mine);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<ChildServices> children = sources.children().list(actor);
        List<Tile> tiles = new ArrayList<>();
        tiles.add(family(mine, children));
        tiles.add(canteen(actor, children, today));
        tiles.add(nursery(actor, children, today));
        tiles.add(Tile.of("Inscription scolaire", "/espace/inscriptions", List.of("Inscrire un enfant à l'école, suivre mes demandes"))
                .withAction("Nouvelle demande d'inscription", "/espace/inscriptions/nouvelle"));
        tiles.add(invoices(actor, today));
        tiles.add(documents(actor));
        tiles.add(details(mine));
        tiles.add(Tile.of("Mes données personnelles", "/espace/donnees", List.of("Tout ce que la mairie conserve sur mon foyer"))
                .withAction("Télécharger mes données", "/espace/donnees/telecharger"));
        List<String> news = sources.news().latest(NEWS_SHOWN).stream().map(n -> French.shortDate(n.publishedOn()) + " — " + n.title()).toList();
        tiles.add(Tile.of("Actualités", "/actualites", news.isEmpty() ? List.of("Aucune actualité pour l'instant") : news));
        Pages.render(ctx, "web/dashboard.jte", Pages.context(ctx, "Mon espace"),
                Map.of("mine", mine, "tiles", tiles.stream().map(Tile::typeset).toList(), "warnings", warnings(actor)));
    }

    /** An applicant account has no family yet: its requests and its details. */
    private static void applicant(Context ctx, MyAccount mine) {
        List<Tile> tiles = List.of(
                Tile.of("Inscription scolaire", "/espace/inscriptions", List.of("Suivre mes demandes d'inscription scolaire")),
                Tile.of("Multi-accueil", "/espace/creche/pre-inscriptions", List.of("Pré-inscrire un enfant né ou à naître",
                        "Suivre mes pré-inscriptions")),
                Tile.of("Mes coordonnées et identifiants", "/espace/compte", List.of(mine.account().email())));
        Pages.render(ctx, "web/dashboard.jte", Pages.context(ctx, "Mon espace"), Map.of("mine", mine, "tiles", tiles,
                "warnings", List.of()));
    }

    /** What the banner says of each reminded or transferred invoice (SPEC §11). */
    private List<Warning> warnings(Actor actor) {
        return sources.reminders().warningsOfOwnFamily(actor).stream().map(w -> {
            String number = w.invoice().number().toString();
            String left = w.invoice().balance().toFrench();
            return w.status() == InvoiceStatus.TRANSFERRED
                    ? new Warning("La facture ", number, " (" + left + ") a été transmise au Trésor public\u00a0: réglez-la auprès de lui, "
                            + "à réception de l'avis des sommes à payer.", "/espace/factures/" + w.invoice().id())
                    : new Warning("Relance\u00a0: la facture ", number, " n'est pas réglée, il reste " + left + " à payer.",
                            "/espace/factures/" + w.invoice().id());
        }).toList();
    }

    /**
     * A line of the dashboard's banner about unpaid invoices: the words around the invoice's number,
     * which the page keeps on one line (« PE-2026-000002 » never breaks at a hyphen).
     */
    public record Warning(String before, String number, String after, String href) {
    }

    private static Tile family(MyAccount mine, List<ChildServices> children) {
        List<String> lines = new ArrayList<>();
        lines.add(mine.family().name() + " — " + mine.family().address().oneLine());
        children.forEach(c -> lines.add(c.child().firstName() + " " + c.child().lastName() + ", date de naissance\u00a0: " + French.dayMonthYear(c.child().birthDate())));
        if (children.isEmpty()) {
            lines.add("Aucun enfant n'est inscrit pour l'instant.");
        }
        return Tile.of("Mon foyer", "/espace/compte", lines);
    }

    private Tile canteen(Actor actor, List<ChildServices> children, LocalDate today) {
        LocalDate start = DashboardTiles.weekStart(today);
        List<String> lines = children.stream().filter(c -> c.services().contains(ChildService.CANTEEN))
                .map(c -> childLine(c, DashboardTiles.canteenWeek(sources.canteen().read(actor, c.child().id(), start, start.plusDays(6)), today)))
                .toList();
        Tile tile = Tile.of("Cantine", "/espace/cantine", lines.isEmpty() ? List.of("Aucun enfant inscrit à la cantine.") : lines);
        return lines.isEmpty() ? tile : tile.withAction("Réserver ou annuler des repas", "/espace/cantine");
    }

    /** « Léa : aucun repas réservé cette semaine »: after the colon the sentence goes on in lower case. */
    private static String childLine(ChildServices c, String text) {
        return c.child().firstName() + "\u00a0: " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Tile nursery(Actor actor, List<ChildServices> children, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (ChildServices c : children) {
            if (c.services().contains(ChildService.NURSERY_REGULAR)) {
                lines.add(childLine(c, DashboardTiles.nextContractDays(sources.contracts().ofChild(actor, c.child().id()), today)));
            } else if (c.services().contains(ChildService.NURSERY_OCCASIONAL)) {
                lines.add(childLine(c, DashboardTiles.nextNurserySlot(sources.nursery().of(actor, c.child().id()), today)));
            }
        }
        Tile tile = Tile.of("Multi-accueil", "/espace/creche", lines.isEmpty() ? List.of("Aucun enfant inscrit au multi-accueil.") : lines);
        return lines.isEmpty() ? tile : tile.withAction("Réserver un créneau", "/espace/creche");
    }

    /** What is left to pay, and « Payer » it: straight to the card payment of the one invoice to pay, else to the list. */
    private Tile invoices(Actor actor, LocalDate today) {
        List<InvoiceSummary> all = sources.invoices().ofOwnFamily(actor);
        String due = DashboardTiles.amountDue(all, today);
        Tile tile = Tile.of("Mes factures", "/espace/factures", List.of(due));
        if (due.equals(DashboardTiles.NOTHING_DUE)) {
            return tile;
        }
        List<InvoiceSummary> payable = all.stream()
                .filter(i -> i.issued() && i.balance().isPositive() && i.status(today) != InvoiceStatus.TRANSFERRED).toList();
        return payable.size() == 1
                ? tile.withPostAction("Payer " + payable.get(0).balance().toFrench(), "/espace/factures/" + payable.get(0).id() + "/payer")
                : tile.withAction("Payer", "/espace/factures");
    }

    private Tile documents(Actor actor) {
        int count = sources.documents().own(actor).size();
        return Tile.of("Mes documents", "/espace/documents",
                List.of(count == 0 ? "Aucun document déposé" : count + (count == 1 ? " document déposé" : " documents déposés")))
                .withAction("Déposer un justificatif", "/espace/documents");
    }

    private static Tile details(MyAccount mine) {
        List<String> lines = new ArrayList<>();
        lines.add(mine.account().email());
        lines.add("Factures : " + (mine.family().paperless() ? "en ligne" : "sur papier"));
        mine.pendingAddressChange().ifPresent(p -> lines.add("Nouvelle adresse en attente de validation par la mairie"));
        return Tile.of("Mes coordonnées et identifiants", "/espace/compte", lines);
    }
}
