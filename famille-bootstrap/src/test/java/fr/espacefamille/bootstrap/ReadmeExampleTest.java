package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.inmemory.InMemoryActivationKeys;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;

/** The README's embedding example, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void readme_example_runs_the_use_cases_in_memory() {
        InMemoryTransactions tx = new InMemoryTransactions();
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
        Audit audit = new Audit(new InMemoryAuditLog(tx), clock);
        Families families = new InMemoryFamilies(tx);
        ActivationKeyIssuer keys = new ActivationKeyIssuer(new InMemoryActivationKeys(tx), audit, clock);
        CreateFamily createFamily = new CreateFamily(families, new InMemorySchools(tx), keys, tx, audit, clock);

        CreateFamily.Result created = createFamily.create(Actor.SYSTEM, new CreateFamily.Command("Martin",
                new Address("12 rue de la Loire", null, "44480", "Donges"), 450, null, null, null, true,
                List.of(new CreateFamily.NewGuardian("Claire", "Martin", "claire@example.fr", null)), List.of()));

        Family family = families.byId(created.id()).orElseThrow();
        String key = created.guardians().get(0).key().formatted();

        assertThat(family.name()).isEqualTo("Martin");
        assertThat(family.quotientOn(java.time.LocalDate.of(2026, 9, 1))).hasValue(450);
        assertThat(key).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
    }
}
