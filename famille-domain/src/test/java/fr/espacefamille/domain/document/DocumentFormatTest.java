package fr.espacefamille.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void recognises_pdf_jpeg_and_png_by_their_first_bytes() {
        assertThat(DocumentFormat.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(DocumentFormat.JPEG);
        assertThat(DocumentFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .contains(DocumentFormat.PNG);
        assertThat(DocumentFormat.PNG.contentType()).isEqualTo("image/png");
    }

    @Test
    void refuses_anything_else_whatever_its_name() {
        assertThat(DocumentFormat.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentFormat.detect("%PD".getBytes(StandardCharsets.US_ASCII))).as("too short").isEmpty();
        assertThat(DocumentFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).as("truncated signature").isEmpty();
        assertThat(DocumentFormat.detect(new byte[0])).isEmpty();
    }
}
