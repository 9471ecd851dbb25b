package fr.espacefamille.adapter.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import fr.espacefamille.domain.billing.CreditorId;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.TargetCalendar;

/**
 * Checks a pain.008.001.08 document: against the EPC's XSD (the JDK's own {@code javax.xml.validation},
 * no extra library), then what the XSD does not check: {@code NbOfTxs} and {@code CtrlSum} of the
 * group header and of each payment information block against the transactions, every IBAN's and
 * the creditor identifier's check digits, one block per sequence type, unique end-to-end ids, and
 * the dates (collection on a TARGET2 business day after the creation date, mandates signed before).
 * Used on every generated file of the tests, end-to-end ones included.
 */
public final class Pain008Check {

    private static final Schema SCHEMA = schema();

    private Pain008Check() {
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(Pain008Check.class.getResource("/iso20022/pain.008.001.08.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("XSD unreadable", e);
        }
    }

    /** The document, once it has passed every check; an {@link AssertionError} naming the first failed one otherwise. */
    public static Document check(byte[] xml) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not valid against pain.008.001.08.xsd: " + e.getMessage(), e);
        }
        Document document = parse(xml);
        Element header = child(document.getDocumentElement(), "CstmrDrctDbtInitn");
        Element group = child(header, "GrpHdr");
        LocalDate created = OffsetDateTime.parse(text(group, "CreDtTm")).toLocalDate();
        List<Element> blocks = children(header, "PmtInf");
        List<BigDecimal> all = new ArrayList<>();
        Set<String> sequences = new HashSet<>();
        Set<String> endToEnd = new HashSet<>();
        for (Element block : blocks) {
            String sequence = text(child(block, "PmtTpInf"), "SeqTp");
            require(sequences.add(sequence), "two PmtInf blocks of sequence " + sequence);
            List<BigDecimal> amounts = new ArrayList<>();
            for (Element tx : children(block, "DrctDbtTxInf")) {
                amounts.add(new BigDecimal(text(tx, "InstdAmt")));
                require(endToEnd.add(text(child(tx, "PmtId"), "EndToEndId")), "an EndToEndId twice");
                iban(text(child(child(tx, "DbtrAcct"), "Id"), "IBAN"));
                LocalDate signed = LocalDate.parse(text(child(child(tx, "DrctDbtTx"), "MndtRltdInf"), "DtOfSgntr"));
                require(!signed.isAfter(created), "a mandate signed after the file was made");
            }
            counts(block, amounts, "PmtInf " + sequence);
            all.addAll(amounts);
            iban(text(child(child(block, "CdtrAcct"), "Id"), "IBAN"));
            String ics = text(child(child(child(child(block, "CdtrSchmeId"), "Id"), "PrvtId"), "Othr"), "Id");
            require(new CreditorId(ics).value().equals(ics), "creditor identifier not in its normal form: " + ics);
            LocalDate collection = LocalDate.parse(text(block, "ReqdColltnDt"));
            require(TargetCalendar.isBusinessDay(collection), "collection on a TARGET2 closing day: " + collection);
            require(collection.isAfter(created), "collection date " + collection + " not after the creation date " + created);
        }
        counts(group, all, "GrpHdr");
        return document;
    }

    private static void counts(Element element, List<BigDecimal> amounts, String where) {
        require(Integer.parseInt(text(element, "NbOfTxs")) == amounts.size(), where + ": NbOfTxs is not the number of transactions");
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        require(new BigDecimal(text(element, "CtrlSum")).compareTo(sum) == 0, where + ": CtrlSum is not the sum of the amounts " + sum);
    }

    private static void iban(String value) {
        require(new Iban(value).value().equals(value), "IBAN not in its electronic form: " + value);
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Unreadable XML: " + e.getMessage(), e);
        }
    }

    /** The element's direct children of that name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    public static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        require(found.size() == 1, "expected one " + name + " in " + parent.getLocalName() + ", found " + found.size());
        return found.get(0);
    }

    public static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
