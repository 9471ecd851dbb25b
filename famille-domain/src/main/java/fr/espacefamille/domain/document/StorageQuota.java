package fr.espacefamille.domain.document;

/** The limits of secure storage (SPEC §6): 10 MiB per document, 200 MiB per family. */
public final class StorageQuota {

    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final long MAX_FAMILY_BYTES = 200L * 1024 * 1024;

    private StorageQuota() {
    }

    /** True when a family that uses {@code usedBytes} may add a document of {@code sizeBytes}. */
    public static boolean allows(long usedBytes, long sizeBytes) {
        return sizeBytes <= MAX_DOCUMENT_BYTES && usedBytes + sizeBytes <= MAX_FAMILY_BYTES;
    }
}
