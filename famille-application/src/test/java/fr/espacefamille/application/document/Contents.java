package fr.espacefamille.application.document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Uploaded contents for use-case tests. */
public final class Contents {

    /** The smallest file that starts like a PDF. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Contents() {
    }

    /** {@code size} bytes starting with {@code head}, generated as they are read. */
    public static InputStream of(byte[] head, long size) {
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                return position < head.length ? head[(int) position++] & 0xFF : (int) (position++ % 251);
            }
        };
    }
}
