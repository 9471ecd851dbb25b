package fr.espacefamille.adapter.sepa;

import static fr.espacefamille.adapter.sepa.Pain008Check.child;
import static fr.espacefamille.adapter.sepa.Pain008Check.children;
import static fr.espacefamille.adapter.sepa.Pain008Check.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.CreditorId;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

class Pain008WriterTest {

    static final Creditor CREDITOR = new Creditor("Mairie de Donges", new CreditorId("FR72ZZZ123456"),
            Map.of(Regie.SCHOOL, new Iban("FR7630001007941234567890185"), Regie.EARLY_CHILDHOOD, new Iban("FR7630001007941234567890185")));
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-10-02T09:30:12.345+02:00");

    private final Pain008Writer writer = new Pain008Writer();

    static DirectDebitCollection collection(DirectDebitFileId file, int sequence, long cents, SequenceType type, String holder) {
        return new DirectDebitCollection(file, InvoiceId.random(), new InvoiceNumber(Regie.EARLY_CHILDHOOD, 2026, sequence),
                YearMonth.of(2026, 8), FamilyId.random(), MandateId.random(), "EF-PE-2026-" + String.format("%010d", sequence),
                LocalDate.of(2026, 9, 1), holder, new Iban("FR7630006000011234567890189"), type, Money.ofCents(cents),
                CollectionStatus.PENDING, null, null, null);
    }

    static DirectDebitFile file(DirectDebitFileId id, List<DirectDebitCollection> collections) {
        return new DirectDebitFile(id, Regie.EARLY_CHILDHOOD, BillingRunId.random(), "EF-PE-202608-1A2B3C4D", LocalDate.of(2026, 10, 15),
                collections.size(), collections.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus),
                CREATED.toInstant(), "tresorerie", null);
    }

    @Test
    void the_sample_of_the_shared_folder_passes_the_checks_so_the_xsd_copy_and_the_checks_are_sound() throws IOException {
        try (InputStream sample = getClass().getResourceAsStream("/iso20022/sample-pain.008.001.08.xml")) {
            Pain008Check.check(sample.readAllBytes());
        }
    }

    @Test
    void writes_a_valid_document_with_one_block_per_sequence_type_and_exact_counts_and_sums() {
        DirectDebitFileId id = DirectDebitFileId.random();
        List<DirectDebitCollection> collections = List.of(collection(id, 1, 18740, SequenceType.FRST, "Camille Martin"),
                collection(id, 2, 9625, SequenceType.RCUR, "Lucas Lefèvre"), collection(id, 3, 1, SequenceType.RCUR, "Inès N'Diaye"));

        byte[] xml = writer.write(CREDITOR, file(id, collections), collections, CREATED);

        Element root = Pain008Check.check(xml).getDocumentElement();
        Element initiation = child(root, "CstmrDrctDbtInitn");
        assertThat(text(child(initiation, "GrpHdr"), "CtrlSum")).isEqualTo("283.66");
        assertThat(text(child(initiation, "GrpHdr"), "CreDtTm")).isEqualTo("2026-10-02T09:30:12+02:00");
        List<Element> blocks = children(initiation, "PmtInf");
        assertThat(blocks).extracting(b -> text(child(b, "PmtTpInf"), "SeqTp")).containsExactly("FRST", "RCUR");
        assertThat(blocks).extracting(b -> text(b, "NbOfTxs")).containsExactly("1", "2");
        assertThat(text(blocks.get(1), "CtrlSum")).isEqualTo("96.26");
        Element tx = children(blocks.get(1), "DrctDbtTxInf").get(0);
        assertThat(text(child(tx, "PmtId"), "EndToEndId")).isEqualTo("PE-2026-000002");
        assertThat(text(tx, "InstdAmt")).isEqualTo("96.25");
        assertThat(text(child(tx, "RmtInf"), "Ustrd")).isEqualTo("Facture PE-2026-000002 - aout 2026");
        assertThat(text(child(tx, "Dbtr"), "Nm")).isEqualTo("Lucas Lefevre");
        assertThat(text(child(child(tx, "DrctDbtTx"), "MndtRltdInf"), "MndtId")).isEqualTo("EF-PE-2026-0000000002");
        assertThat(text(child(blocks.get(0), "Cdtr"), "Nm")).isEqualTo("Regie Petite enfance - Mairie de Donges");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<IBAN>FR7630006000011234567890189</IBAN>");
    }

    @Test
    void a_holder_name_of_140_characters_is_cut_to_70_in_the_file() {
        DirectDebitFileId id = DirectDebitFileId.random();
        String holder = "Marie-Hélène " + "de la Grande Brière ".repeat(7);
        List<DirectDebitCollection> collections = List.of(collection(id, 1, 5000, SequenceType.FRST, holder.substring(0, 140)));

        byte[] xml = writer.write(CREDITOR, file(id, collections), collections, CREATED);

        Element tx = children(children(child(Pain008Check.check(xml).getDocumentElement(), "CstmrDrctDbtInitn"), "PmtInf").get(0),
                "DrctDbtTxInf").get(0);
        assertThat(text(child(tx, "Dbtr"), "Nm")).hasSizeLessThanOrEqualTo(70).startsWith("Marie-Helene de la Grande Briere");
    }

    @Test
    void the_same_file_is_written_with_the_same_bytes() {
        DirectDebitFileId id = DirectDebitFileId.random();
        List<DirectDebitCollection> collections = List.of(collection(id, 1, 5000, SequenceType.RCUR, "Camille Martin"));
        assertThat(writer.write(CREDITOR, file(id, collections), collections, CREATED))
                .isEqualTo(writer.write(CREDITOR, file(id, collections), collections, CREATED));
    }

    @Test
    void refuses_a_file_whose_count_or_total_is_not_that_of_its_collections() {
        DirectDebitFileId id = DirectDebitFileId.random();
        List<DirectDebitCollection> collections = new ArrayList<>(List.of(collection(id, 1, 5000, SequenceType.RCUR, "A")));
        DirectDebitFile file = file(id, collections);
        collections.add(collection(id, 2, 100, SequenceType.RCUR, "B"));

        assertThatThrownBy(() -> writer.write(CREDITOR, file, collections, CREATED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_checks_catch_a_wrong_control_sum_a_wrong_count_a_bad_iban_and_a_closing_day() {
        DirectDebitFileId id = DirectDebitFileId.random();
        List<DirectDebitCollection> collections = List.of(collection(id, 1, 5000, SequenceType.RCUR, "Camille Martin"));
        String xml = new String(writer.write(CREDITOR, file(id, collections), collections, CREATED), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Pain008Check.check(xml.replaceFirst("<CtrlSum>50.00", "<CtrlSum>50.01").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("CtrlSum");
        assertThatThrownBy(() -> Pain008Check.check(xml.replaceFirst("<NbOfTxs>1", "<NbOfTxs>2").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("NbOfTxs");
        assertThatThrownBy(() -> Pain008Check.check(xml.replace("FR7630006000011234567890189", "FR7630006000011234567890188")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("clé de contrôle");
        assertThatThrownBy(() -> Pain008Check.check(xml.replace("2026-10-15", "2026-11-15").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("closing day");
        assertThatThrownBy(() -> Pain008Check.check(xml.replace("<BtchBookg>", "<Foo/><BtchBookg>").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("pain.008.001.08.xsd");
    }
}
