package fr.espacefamille.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.FamilyRecords;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Town;

/** The kit itself: every feature group fully wired, its settings, and a use case of the last features added. */
class InMemoryEspaceFamilleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-09-07T06:00:00Z"));

    @Test
    void every_feature_group_has_every_use_case_wired() throws ReflectiveOperationException {
        InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
        List<String> groups = new ArrayList<>();
        for (Method method : InMemoryEspaceFamille.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && method.getReturnType().isRecord()) {
                Object group = method.invoke(town);
                groups.add(method.getName());
                for (RecordComponent component : group.getClass().getRecordComponents()) {
                    assertThat(component.getAccessor().invoke(group)).as("%s().%s()", method.getName(), component.getName())
                            .isNotNull();
                }
            }
        }
        assertThat(groups).contains("stores", "accounts", "schoolEnrolment", "commission", "directDebit", "followUp", "personalData");
    }

    @Test
    void with_sends_every_mail_to_the_sink_too_and_prints_its_creditor_on_mandates() {
        List<Mail> forwarded = new ArrayList<>();
        InMemoryEspaceFamille town = InMemoryEspaceFamille.with(clock).mailSink(forwarded::add).start();

        town.mailer().send(new Mail("claire@example.fr", "Bonjour", "Texte", "<p>Texte</p>"));

        assertThat(forwarded).isEqualTo(town.sentMails()).isNotEmpty();
        assertThat(town.directDebit().readMandates().creditor()).isEqualTo(InMemoryEspaceFamille.exampleCreditor(Town.DONGES));
    }

    @Test
    void the_example_creditor_is_the_configured_town_s_town_hall() {
        Town savenay = Town.DONGES.named("Savenay", "dpo@savenay.fr");

        assertThat(InMemoryEspaceFamille.with(clock).town(savenay).start().directDebit().readMandates().creditor().name())
                .isEqualTo("Mairie de Savenay");
    }

    @Test
    void a_guardian_exports_the_family_s_records_through_the_kit() throws IOException {
        InMemoryPortal portal = new InMemoryPortal();
        CreateFamily.Result martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        Actor claire = portal.session("claire.m", InMemoryPortal.STRONG).actor();
        Map<String, List<Map<String, Object>>> exported = new HashMap<>();

        portal.town.personalData().export().export(claire, new ExportFamilyData.Target() {
            @Override
            public FamilyRecords.Sink beginRecords(FamilyId family) {
                return (kind, records) -> exported.put(kind, list(records));
            }

            @Override
            public void endRecords() {
            }

            @Override
            public void document(Document document, InputStream content) {
            }
        });

        assertThat(exported).isNotEmpty();
        assertThat(exported.values().stream().flatMap(List::stream).flatMap(row -> row.values().stream()))
                .contains("Martin", "Léa", "claire.m");
        assertThat(portal.audit("FAMILY_DATA_EXPORTED")).hasSize(1);
    }

    private static List<Map<String, Object>> list(Iterator<Map<String, Object>> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        records.forEachRemaining(row -> rows.add(new HashMap<>(row)));
        return rows;
    }

}
