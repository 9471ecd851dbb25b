package fr.espacefamille.domain.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats secure storage accepts, recognised by their first bytes (magic numbers), never
 * by the name or the type the browser claims.
 */
public enum DocumentFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many first bytes {@link #detect} needs at most. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String contentType;
    private final byte[] signature;

    DocumentFormat(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The format whose signature {@code head} starts with, if any. */
    public static Optional<DocumentFormat> detect(byte[] head) {
        return Arrays.stream(values())
                .filter(f -> head.length >= f.signature.length
                        && Arrays.equals(head, 0, f.signature.length, f.signature, 0, f.signature.length))
                .findFirst();
    }
}
