package fr.espacefamille.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageQuotaTest {

    static final long MIB = 1024 * 1024;

    @Test
    void allows_documents_up_to_ten_mebibytes() {
        assertThat(StorageQuota.allows(0, 10 * MIB)).isTrue();
        assertThat(StorageQuota.allows(0, 10 * MIB + 1)).isFalse();
    }

    @Test
    void allows_a_family_two_hundred_mebibytes_in_all() {
        assertThat(StorageQuota.allows(190 * MIB, 10 * MIB)).isTrue();
        assertThat(StorageQuota.allows(190 * MIB + 1, 10 * MIB)).isFalse();
    }
}
