package fr.espacefamille.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
}
