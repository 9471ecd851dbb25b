package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.RefusedException;

class ReadBillingRunsTest {

    private final BillingTestbed bed = new BillingTestbed();
    private final ReadBillingRuns read = bed.town.billing().readRuns();

    @Test
    void the_print_batch_holds_every_paper_invoice_of_the_run_and_no_online_one() {
        List<FamilyId> paper = new ArrayList<>();
        for (int i = 0; i < ReadBillingRuns.PRINT_PAGE + 30; i++) {
            Family family = bed.family("Famille" + i, 450, Resources.UNDECLARED, 1, i % 3 == 0);
            bed.meals(family, 2, BOOKED_MEAL);
            if (i % 3 != 0) {
                paper.add(family.id());
            }
        }
        BillingRunId run = bed.issue(SEPTEMBER).run().id();

        List<Invoice> printed = new ArrayList<>();
        read.printBatch(FINANCE, run, printed::add);

        assertThat(printed).extracting(Invoice::family).containsExactlyInAnyOrderElementsOf(paper);
        assertThat(read.details(FINANCE, run).invoices()).hasSize(ReadBillingRuns.PRINT_PAGE + 30);
        assertThat(read.latest(FINANCE)).extracting(r -> r.id()).containsExactly(run);
    }

    @Test
    void runs_are_for_finance_staff_and_unknown_runs_are_not_found() {
        assertThatThrownBy(() -> read.latest(BillingTestbed.SCHOOL_AGENT)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> read.details(FINANCE, BillingRunId.random()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
    }
}
