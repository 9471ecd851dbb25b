package fr.espacefamille.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void writes_strings_escaped_booleans_and_numbers_bare_and_nulls_as_null() {
        assertThat(AuditJson.of("name", "Le \"Clos\"\\n\n", "paperless", true, "quotient", 450, "phone", null))
                .isEqualTo("{\"name\":\"Le \\\"Clos\\\"\\\\n\\n\",\"paperless\":true,\"quotient\":450,\"phone\":null}");
    }

    @Test
    void writes_control_characters_as_unicode_escapes() {
        assertThat(AuditJson.of("x", "a\u0001b")).isEqualTo("{\"x\":\"a\\u0001b\"}");
    }

    @Test
    void writes_nested_objects_in_order_arrays_and_decimals_in_plain() {
        assertThat(AuditJson.of("brackets", List.of(AuditJson.object("max", 450, "price", 100), AuditJson.object("max", null)),
                "rates", AuditJson.object("a", new BigDecimal("0.000619"), "b", new BigDecimal("1E+2")), "none", List.of()))
                .isEqualTo("{\"brackets\":[{\"max\":450,\"price\":100},{\"max\":null}],"
                        + "\"rates\":{\"a\":0.000619,\"b\":100},\"none\":[]}");
    }
}
