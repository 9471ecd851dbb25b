package fr.espacefamille.adapter.http.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.nursery.ListWaitingLists;
import fr.espacefamille.application.nursery.NurseryDaySheet;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The back-office home: what is waiting for the agent today (headcounts, waiting lists, addresses
 * to validate, payment anomalies, overdue invoices), only the parts the agent's role may see, each
 * with a link to act.
 */
public final class StaffHomePages implements Feature {

    /** The sources of the tiles, each an existing use case (which also checks the role). */
    public record Sources(ReadHeadcounts headcounts, NurseryDaySheet nurseryDay, ListWaitingLists waitingLists,
            ListAddressChanges addressChanges, ListPaymentAnomalies anomalies, ReadInvoices invoices) {
    }

    private final Sources sources;
    private final Clock clock;

    public StaffHomePages(Sources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/agents", this::home, Access.anyStaff());
    }

    private void home(Context ctx) {
        Actor actor = Pages.actor(ctx);
        LocalDate today = LocalDate.now(clock);
        Role role = actor.role();
        List<Tile> tiles = new ArrayList<>();
        if (role.mayActAs(Role.SCHOOL_AGENT)) {
            tiles.add(canteen(actor, today));
        }
        if (role.mayActAs(Role.NURSERY_AGENT)) {
            tiles.add(nursery(actor, today));
        }
        tiles.add(addresses(actor));
        if (role.mayActAs(Role.FINANCE_AGENT)) {
            tiles.add(anomalies(actor));
            tiles.add(overdue(actor));
        }
        Pages.render(ctx, "web/staff-home.jte", Pages.context(ctx, "Accueil agents"), Map.of("tiles", tiles, "role", role));
    }

    private Tile canteen(Actor actor, LocalDate today) {
        Map<String, Integer> meals = new TreeMap<>();
        sources.headcounts().read(actor, today, today).forEach(h -> meals.merge(h.school().name(), h.meals(), Integer::sum));
        List<String> lines = meals.isEmpty() ? List.of("Pas de service de cantine aujourd'hui")
                : meals.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue() + " repas").toList();
        return Tile.of("Cantine aujourd'hui", "/agents/cantine/effectifs", lines).withAction("Faire le pointage", "/agents/cantine");
    }

    private Tile nursery(Actor actor, LocalDate today) {
        int expected = sources.nurseryDay().of(actor, today).size();
        int waiting = sources.waitingLists().coming(actor).values().stream().mapToInt(List::size).sum();
        return Tile.of("Multi-accueil", "/agents/creche", List.of(
                plural(expected, "enfant attendu", "enfants attendus") + " aujourd'hui",
                plural(waiting, "demande", "demandes") + " en liste d'attente"))
                .withAction("Voir les listes d'attente", "/agents/creche/attente");
    }

    private Tile addresses(Actor actor) {
        int pending = sources.addressChanges().pending(actor).size();
        return Tile.of("Adresses à valider", "/agents/adresses", List.of(pending == 0 ? "Aucune adresse à valider"
                : plural(pending, "nouvelle adresse", "nouvelles adresses") + " à valider"));
    }

    private Tile anomalies(Actor actor) {
        int count = sources.anomalies().list(actor).size();
        return Tile.of("Anomalies de paiement", "/agents/paiements/anomalies",
                List.of(count == 0 ? "Aucune anomalie" : plural(count, "anomalie", "anomalies") + " à examiner"));
    }

    private Tile overdue(Actor actor) {
        List<InvoiceSummary> late = sources.invoices().search(actor,
                new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), ReadInvoices.MAX_RESULTS);
        Money total = late.stream().map(InvoiceSummary::balance).reduce(Money.ZERO, Money::plus);
        return Tile.of("Factures en retard", "/agents/factures?etat=OVERDUE",
                List.of(late.isEmpty() ? "Aucune facture en retard" : plural(late.size(), "facture", "factures") + " en retard, " + total.toFrench() + " dus"));
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
