package fr.espacefamille.adapter.sepa;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.espacefamille.application.billing.CollectionFileFormat;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.shared.Money;

/**
 * Writes a direct-debit file as an ISO 20022 {@code pain.008.001.08} document for the EPC SDD Core
 * rulebook 2023: one group header, then one payment information block per sequence type (FRST
 * first, then RCUR), each with its own count and control sum. What the XSD leaves to the writer is
 * done here: counts and sums computed from the transactions written, parties' names cut to 70
 * characters and text kept to the SEPA character set. The IBANs come checked from the domain.
 */
public final class Pain008Writer implements CollectionFileFormat {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";
    private static final int NAME_MAX = 70;
    private static final int REMITTANCE_MAX = 140;
    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public byte[] write(Creditor creditor, DirectDebitFile file, List<DirectDebitCollection> collections, OffsetDateTime createdAt) {
        if (collections.size() != file.count() || !sum(collections).equals(file.total())) {
            throw new IllegalArgumentException("The file's count and total are not those of its collections");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + collections.size() * 1300);
        try {
            Xml xml = new Xml(FACTORY.createXMLStreamWriter(out, "UTF-8"));
            xml.document();
            xml.open("CstmrDrctDbtInitn");
            xml.open("GrpHdr");
            xml.leaf("MsgId", file.messageId());
            xml.leaf("CreDtTm", createdAt.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            xml.leaf("NbOfTxs", Integer.toString(collections.size()));
            xml.leaf("CtrlSum", euros(sum(collections)));
            xml.open("InitgPty");
            xml.leaf("Nm", SepaText.of(creditor.name(), NAME_MAX));
            xml.close();
            xml.close();
            for (SequenceType sequence : SequenceType.values()) {
                List<DirectDebitCollection> ofSequence = collections.stream().filter(c -> c.sequence() == sequence).toList();
                if (!ofSequence.isEmpty()) {
                    paymentInformation(xml, creditor, file, sequence, ofSequence);
                }
            }
            xml.close();
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 not written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void paymentInformation(Xml xml, Creditor creditor, DirectDebitFile file, SequenceType sequence,
            List<DirectDebitCollection> collections) throws XMLStreamException {
        xml.open("PmtInf");
        xml.leaf("PmtInfId", file.messageId() + "-" + sequence);
        xml.leaf("PmtMtd", "DD");
        xml.leaf("BtchBookg", "true");
        xml.leaf("NbOfTxs", Integer.toString(collections.size()));
        xml.leaf("CtrlSum", euros(sum(collections)));
        xml.open("PmtTpInf");
        xml.open("SvcLvl");
        xml.leaf("Cd", "SEPA");
        xml.close();
        xml.open("LclInstrm");
        xml.leaf("Cd", "CORE");
        xml.close();
        xml.leaf("SeqTp", sequence.name());
        xml.close();
        xml.leaf("ReqdColltnDt", file.collectionDate().toString());
        xml.open("Cdtr");
        xml.leaf("Nm", SepaText.of(creditor.nameFor(file.regie()), NAME_MAX));
        xml.close();
        xml.open("CdtrAcct");
        xml.open("Id");
        xml.leaf("IBAN", creditor.account(file.regie()).value());
        xml.close();
        xml.close();
        notProvidedAgent(xml, "CdtrAgt");
        xml.leaf("ChrgBr", "SLEV");
        xml.open("CdtrSchmeId");
        xml.open("Id");
        xml.open("PrvtId");
        xml.open("Othr");
        xml.leaf("Id", creditor.id().value());
        xml.open("SchmeNm");
        xml.leaf("Prtry", "SEPA");
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        for (DirectDebitCollection collection : collections) {
            transaction(xml, collection);
        }
        xml.close();
    }

    private static void transaction(Xml xml, DirectDebitCollection collection) throws XMLStreamException {
        xml.open("DrctDbtTxInf");
        xml.open("PmtId");
        xml.leaf("EndToEndId", collection.number().toString());
        xml.close();
        xml.amount(euros(collection.amount()));
        xml.open("DrctDbtTx");
        xml.open("MndtRltdInf");
        xml.leaf("MndtId", collection.rum());
        xml.leaf("DtOfSgntr", collection.signedOn().toString());
        xml.close();
        xml.close();
        notProvidedAgent(xml, "DbtrAgt");
        xml.open("Dbtr");
        xml.leaf("Nm", SepaText.of(collection.holder(), NAME_MAX));
        xml.close();
        xml.open("DbtrAcct");
        xml.open("Id");
        xml.leaf("IBAN", collection.iban().value());
        xml.close();
        xml.close();
        xml.open("RmtInf");
        xml.leaf("Ustrd", SepaText.of("Facture " + collection.number() + " - " + collection.month().format(FRENCH_MONTH), REMITTANCE_MAX));
        xml.close();
        xml.close();
    }

    /** The bank's BIC is not asked of families: SEPA lets the IBAN alone identify the account. */
    private static void notProvidedAgent(Xml xml, String element) throws XMLStreamException {
        xml.open(element);
        xml.open("FinInstnId");
        xml.open("Othr");
        xml.leaf("Id", "NOTPROVIDED");
        xml.close();
        xml.close();
        xml.close();
    }

    private static Money sum(List<DirectDebitCollection> collections) {
        return collections.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus);
    }

    static String euros(Money amount) {
        return BigDecimal.valueOf(amount.cents(), 2).toPlainString();
    }

    /** A StAX writer that indents by two spaces, so that a person can read the file too. */
    private static final class Xml {
        private final XMLStreamWriter writer;
        private int depth;

        Xml(XMLStreamWriter writer) {
            this.writer = writer;
        }

        void document() throws XMLStreamException {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            writer.writeStartElement("Document");
            writer.writeDefaultNamespace(NAMESPACE);
            depth = 1;
        }

        void open(String name) throws XMLStreamException {
            indent();
            writer.writeStartElement(name);
            depth++;
        }

        void leaf(String name, String text) throws XMLStreamException {
            indent();
            writer.writeStartElement(name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }

        void amount(String euros) throws XMLStreamException {
            indent();
            writer.writeStartElement("InstdAmt");
            writer.writeAttribute("Ccy", "EUR");
            writer.writeCharacters(euros);
            writer.writeEndElement();
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            writer.writeEndElement();
        }

        void end() throws XMLStreamException {
            writer.writeCharacters("\n");
            writer.writeEndElement();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        }

        private void indent() throws XMLStreamException {
            writer.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
