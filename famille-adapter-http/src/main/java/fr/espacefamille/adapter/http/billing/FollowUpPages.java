package fr.espacefamille.adapter.http.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.reminder.ListTreasuryTransfers;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.yearly.ReadBillingRate;
import fr.espacefamille.application.yearly.ReadTaxCertificates;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The pages of SPEC §11–§12: finance staff's list of transfers to the Trésor public and the year's
 * tax certificates, the nursery's CAF billing rate, and the family's own tax certificates.
 */
public final class FollowUpPages implements Feature {

    /** How many past years a family finds its certificates for. */
    static final int YEARS_SHOWN = 3;

    private final ListTreasuryTransfers transfers;
    private final ReadTaxCertificates certificates;
    private final ReadBillingRate billingRate;
    private final Clock clock;

    public FollowUpPages(ListTreasuryTransfers transfers, ReadTaxCertificates certificates, ReadBillingRate billingRate,
            Clock clock) {
        this.transfers = transfers;
        this.certificates = certificates;
        this.billingRate = billingRate;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/agents/facturation/tresor-public", ctx -> Pages.render(ctx, "billing/treasury.jte",
                Pages.context(ctx, "Transmissions au Trésor public"), Map.of("listing", transfers.on(Pages.actor(ctx), day(ctx)))),
                Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/tresor-public.csv", ctx -> FollowUpFiles.transfersCsv(ctx, transfers.on(Pages.actor(ctx), day(ctx))),
                Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/tresor-public.pdf", ctx -> FollowUpFiles.transfersPdf(ctx, transfers.on(Pages.actor(ctx), day(ctx))),
                Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/attestations-fiscales", ctx -> Pages.render(ctx, "billing/tax-certificates-staff.jte",
                Pages.context(ctx, "Attestations fiscales"), Map.of("batch", certificates.all(Pages.actor(ctx), year(ctx, 1)))),
                Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/facturation/attestations-fiscales/{year}.pdf", ctx -> FollowUpFiles.certificatesPdf(ctx,
                certificates.all(Pages.actor(ctx), FollowUpFiles.year(ctx.pathParam("year"))).certificates(), true),
                Access.staff(Role.FINANCE_AGENT));
        routes.get("/agents/creche/taux-facturation", ctx -> Pages.render(ctx, "billing/billing-rate.jte",
                Pages.context(ctx, "Taux de facturation CAF"), Map.of("rates", billingRate.of(Pages.actor(ctx), year(ctx, 0)))),
                Access.staff(Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.get("/agents/creche/taux-facturation.csv", ctx -> FollowUpFiles.billingRateCsv(ctx, billingRate.of(Pages.actor(ctx),
                year(ctx, 0))), Access.staff(Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.get("/espace/attestations-fiscales", this::mine);
        routes.get("/espace/attestations-fiscales/{year}.pdf", ctx -> FollowUpFiles.certificatesPdf(ctx,
                List.of(certificates.ofOwnFamily(Pages.actor(ctx), FollowUpFiles.year(ctx.pathParam("year")))), false));
    }

    private void mine(Context ctx) {
        Actor actor = Pages.actor(ctx);
        int thisYear = LocalDate.now(clock).getYear();
        List<ReadTaxCertificates.Certificate> years = new ArrayList<>();
        for (int year = thisYear - 1; year >= thisYear - YEARS_SHOWN; year--) {
            years.add(certificates.ofOwnFamily(actor, year));
        }
        Pages.render(ctx, "billing/my-tax-certificates.jte", Pages.context(ctx, "Attestations fiscales"), Map.of("years", years));
    }

    private LocalDate day(Context ctx) {
        String day = ctx.queryParam("jour");
        return day == null || day.isBlank() ? LocalDate.now(clock) : Web.date(day, "jour");
    }

    /** The year asked for, or this year minus {@code back}. */
    private int year(Context ctx, int back) {
        String year = ctx.queryParam("annee");
        return year == null || year.isBlank() ? LocalDate.now(clock).getYear() - back : FollowUpFiles.year(year);
    }
}
