package fr.espacefamille.adapter.http.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.FamilyId;

class ZipExportTest {

    private static final long MIB = 1024 * 1024;

    /** 200 MiB of bytes made on the fly, that refuses to be read in more than 64 KiB at a time. */
    private static final class LargeDocument extends InputStream {
        private final long size;
        private long read;
        final CRC32 crc = new CRC32();

        LargeDocument(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            throw new AssertionError("read byte by byte");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            assertThat(length).as("bytes asked at once").isLessThanOrEqualTo(64 * 1024);
            if (read == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((read + i) * 31 % 251);
            }
            crc.update(buffer, offset, n);
            read += n;
            return n;
        }

        @Override
        public byte[] readAllBytes() {
            throw new AssertionError("the whole document read into memory");
        }
    }

    /** Keeps nothing but the number of bytes written. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    @Test
    void streams_a_200_MiB_document_through_small_buffers_into_the_zip() throws IOException {
        Counting out = new Counting();
        ZipExport zip = new ZipExport(out, Instant.parse("2026-09-07T06:00:00Z"));
        zip.beginRecords(FamilyId.random()).records("families", List.<Map<String, Object>>of(Map.of("name", "Martin")).iterator());
        zip.endRecords();
        LargeDocument content = new LargeDocument(200 * MIB);

        zip.document(document("scan.pdf"), content);
        zip.finish();

        assertThat(content.read).isEqualTo(200 * MIB);
        assertThat(out.count).isPositive();
    }

    @Test
    void writes_the_records_as_json_then_each_file_under_its_document() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipExport zip = new ZipExport(out, Instant.parse("2026-09-07T06:00:00Z"));
        Iterator<Map<String, Object>> rows = List.<Map<String, Object>>of(Map.of("first_name", "Léa")).iterator();
        zip.beginRecords(FamilyId.random()).records("children", rows);
        zip.endRecords();
        Document document = document("../../etc/passwd");
        zip.document(document, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));
        zip.finish();

        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry json = in.getNextEntry();
            assertThat(json.getName()).isEqualTo("donnees.json");
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"format\" : \"" + ZipExport.FORMAT + "\"", "\"first_name\" : \"Léa\"");
            ZipEntry file = in.getNextEntry();
            assertThat(file.getName()).isEqualTo("documents/" + document.id() + "/__.._etc_passwd");
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    private static Document document(String filename) {
        return new Document(DocumentId.random(), FamilyId.random(), DocumentKind.OTHER, filename, "application/pdf", 0,
                Instant.parse("2026-09-07T06:00:00Z"), "stockage");
    }
}
