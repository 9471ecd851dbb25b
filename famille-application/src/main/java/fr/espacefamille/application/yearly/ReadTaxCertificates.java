package fr.espacefamille.application.yearly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.yearly.TaxCertificatePolicy;

/**
 * The childcare tax certificates of a year N (SPEC §12): for a family, what it paid in N for the
 * nursery care of each child under 6 on 1 January N. A year's certificates exist from 1 January
 * N+1 (its payments are then all known): the family reads its own, finance staff all of them at once.
 */
public final class ReadTaxCertificates {

    /** A child's line of the certificate. */
    public record ChildAmount(Child child, Money amount) {
    }

    /** A family's certificate for a year: one amount per eligible child who had something paid. */
    public record Certificate(Year year, Family family, List<ChildAmount> children) {

        public Money total() {
            return children.stream().map(ChildAmount::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** Every family's certificate of the year, and their total. */
    public record Batch(Year year, List<Certificate> certificates) {

        public Money total() {
            return certificates.stream().map(Certificate::total).reduce(Money.ZERO, Money::plus);
        }
    }

    private final Invoices invoices;
    private final Families families;
    private final Clock clock;

    public ReadTaxCertificates(Invoices invoices, Families families, Clock clock) {
        this.invoices = invoices;
        this.families = families;
        this.clock = clock;
    }

    /** The acting parent's family's certificate. */
    public Certificate ofOwnFamily(Actor actor, int year) {
        actor.require(Role.PARENT);
        Year wanted = available(year);
        Family family = actor.family().flatMap(families::byId).orElseThrow(Refusals::notFound);
        return certificate(wanted, family, paidIn(wanted, family.id()));
    }

    /** Every family's certificate with something in it, by family name. */
    public Batch all(Actor actor, int year) {
        actor.require(Role.FINANCE_AGENT);
        Year wanted = available(year);
        Map<FamilyId, List<Invoice>> byFamily = new LinkedHashMap<>();
        for (Invoice invoice : paidIn(wanted, null)) {
            byFamily.computeIfAbsent(invoice.family(), id -> new ArrayList<>()).add(invoice);
        }
        List<Certificate> certificates = new ArrayList<>();
        byFamily.forEach((id, paid) -> families.byId(id).map(family -> certificate(wanted, family, paid))
                .filter(certificate -> !certificate.children().isEmpty()).ifPresent(certificates::add));
        certificates.sort(Comparator.comparing((Certificate c) -> c.family().name()).thenComparing(c -> c.family().id().toString()));
        return new Batch(wanted, certificates);
    }

    private Year available(int year) {
        if (year < 2000 || year > 9999) {
            throw Refusals.invalid("year", "année invalide");
        }
        if (LocalDate.now(clock).getYear() <= year) {
            throw Refusals.refuse(Refusal.rule("NOT_YET_AVAILABLE", "L'attestation fiscale de " + year
                    + " sera disponible à partir du 1er janvier " + (year + 1) + "."));
        }
        return Year.of(year);
    }

    private List<Invoice> paidIn(Year year, FamilyId family) {
        return invoices.paidBetween(Regie.EARLY_CHILDHOOD, year.atDay(1), year.atMonth(12).atEndOfMonth(), family);
    }

    private static Certificate certificate(Year year, Family family, List<Invoice> paid) {
        Map<ChildId, Money> amounts = TaxCertificatePolicy.amounts(year, family.children(), paid);
        List<ChildAmount> children = family.children().stream()
                .flatMap(child -> Optional.ofNullable(amounts.get(child.id())).map(amount -> new ChildAmount(child, amount)).stream())
                .toList();
        return new Certificate(year, family, children);
    }
}
