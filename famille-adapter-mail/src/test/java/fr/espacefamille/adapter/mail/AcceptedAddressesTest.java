package fr.espacefamille.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.Emails;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Issue #20 L6: the domain's address rule against the mail library's own strict parser. Every
 * address the portal accepts is one Jakarta Mail parses as exactly itself; the addresses it refuses
 * include every one the parser refuses or would read as something else.
 */
class AcceptedAddressesTest {

    private static final List<String> ADDRESSES = List.of(
            "claire@example.fr", "jean.martin@exemple.fr", "o'brien+cantine@mairie-donges.fr", "a_b-c@sous.domaine.example.fr",
            "x@ex.test", "UPPER.Case@Example.FR", "tilde~{x}@ex.test",
            "a\"<svg/onload=alert(1)>@ex.test", "\"claire\"@example.fr", "Claire <claire@example.fr>", "claire@example.fr, autre@ex.test",
            "claire@[127.0.0.1]", "claire @example.fr", "claire@exa mple.fr", "claire..m@example.fr", ".claire@example.fr",
            "claire.@example.fr", "claire@example", "claire@-example.fr", "claire@example-.fr", "claire(comment)@example.fr",
            "clai\\re@example.fr", "claire@example.fr;x", "élodie@example.fr", "claire@exämple.fr", "claire@@example.fr",
            "claire@example..fr", "a:b@example.fr", "x".repeat(65) + "@example.fr");

    private static boolean parsesStrictlyAsItself(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed.getPersonal() == null && parsed.getAddress().equals(address);
        } catch (AddressException e) {
            return false;
        }
    }

    @Test
    void every_accepted_address_is_parsed_by_the_mail_library_as_itself() {
        assertThat(ADDRESSES.stream().filter(Emails::looksValid)).allMatch(AcceptedAddressesTest::parsesStrictlyAsItself)
                .contains("claire@example.fr", "o'brien+cantine@mairie-donges.fr", "tilde~{x}@ex.test");
    }

    @Test
    void the_review_s_address_and_what_the_parser_refuses_or_rewrites_are_refused() {
        assertThat(Emails.looksValid("a\"<svg/onload=alert(1)>@ex.test")).isFalse();
        assertThat(ADDRESSES.stream().filter(a -> !parsesStrictlyAsItself(a))).noneMatch(Emails::looksValid);
    }
}
