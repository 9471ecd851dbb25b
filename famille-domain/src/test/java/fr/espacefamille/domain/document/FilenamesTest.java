package fr.espacefamille.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTest {

    @Test
    void keeps_ordinary_french_names() {
        assertThat(Filenames.sanitise("Certificat médical Léa (sept).pdf")).isEqualTo("Certificat médical Léa (sept).pdf");
    }

    @Test
    void drops_folders_and_replaces_special_characters() {
        assertThat(Filenames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.sanitise("C:\\Users\\claire\\scan.png")).isEqualTo("scan.png");
        assertThat(Filenames.sanitise("a<b>\"c\";\r\nrm.jpg")).isEqualTo("a_b_c_rm.jpg");
        assertThat(Filenames.sanitise(".hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void gives_a_name_to_empty_or_meaningless_names() {
        assertThat(Filenames.sanitise(null)).isEqualTo("document");
        assertThat(Filenames.sanitise("  ")).isEqualTo("document");
        assertThat(Filenames.sanitise("/")).isEqualTo("document");
        assertThat(Filenames.sanitise("***")).isEqualTo("document");
    }

    @Test
    void shortens_long_names_keeping_the_extension() {
        String name = Filenames.sanitise("x".repeat(300) + ".pdf");
        assertThat(name).hasSize(Filenames.MAX_LENGTH).endsWith("x.pdf");
    }
}
