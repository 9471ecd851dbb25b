package fr.espacefamille.adapter.jdbc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.inmemory.InMemoryRulesDocuments;
import fr.espacefamille.application.publication.RulesDocuments;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;

/** What every {@link RulesDocuments} store does. */
abstract class RulesDocumentsContract extends StoreContract {

    private RulesDocuments rules;

    RulesDocumentsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void store() {
        rules = backend.store(InMemoryRulesDocuments::new, JdbiRulesDocuments::new);
    }

    private static RulesDocument rules(String title, RulesService service, String publishedAt) {
        return new RulesDocument(RulesDocumentId.random(), title, service, title.toLowerCase().replace(' ', '-') + ".pdf", 48_213,
                Instant.parse(publishedAt), "stored-" + RulesDocumentId.random());
    }

    @Test
    void keeps_every_field_and_lists_newest_first() {
        RulesDocument canteen = rules("Règlement de la restauration scolaire", RulesService.CANTEEN, "2026-08-20T08:00:00Z");
        RulesDocument nursery = rules("Règlement de fonctionnement « Bout d'chou »", RulesService.NURSERY, "2026-08-25T14:30:00Z");
        RulesDocument general = rules("Règlement général", RulesService.GENERAL, "2026-07-01T07:15:00Z");
        rules.add(canteen);
        rules.add(nursery);
        rules.add(general);

        assertThat(rules.all()).containsExactly(nursery, canteen, general);
        assertThat(rules.byId(nursery.id())).contains(nursery);
        assertThat(rules.byId(RulesDocumentId.random())).isEmpty();
    }

    @Test
    void removes_a_document_once() {
        RulesDocument canteen = rules("Règlement de la cantine", RulesService.CANTEEN, "2026-08-20T08:00:00Z");
        rules.add(canteen);

        assertThat(rules.remove(canteen.id())).isTrue();
        assertThat(rules.remove(canteen.id())).isFalse();
        assertThat(rules.byId(canteen.id())).isEmpty();
        assertThat(rules.all()).isEmpty();
    }
}
