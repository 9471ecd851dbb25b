package fr.espacefamille.adapter.sepa;

import java.text.Normalizer;

/**
 * Text as banks take it in a SEPA file: the EPC's basic Latin set (letters, digits and
 * {@code / - ? : ( ) . , ' +} and space). Accents are dropped (« Régie » → « Regie »), dashes and
 * quotes become their plain forms, anything else a space; the result is cut to the field's length.
 */
final class SepaText {

    private SepaText() {
    }

    static String of(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-').replace('&', '+')
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
                .replaceAll("[^A-Za-z0-9/?:().,'+ -]", " ")
                .replaceAll(" {2,}", " ").strip();
        String cut = plain.length() > max ? plain.substring(0, max).strip() : plain;
        return cut.isEmpty() ? "-" : cut;
    }
}
