-- Families' documents in secure storage: metadata here, bytes in files under random names.
CREATE TABLE documents (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES families (id),
    kind         VARCHAR(30) NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    storage_name VARCHAR(100) NOT NULL,
    CONSTRAINT documents_storage_name UNIQUE (storage_name)
);
CREATE INDEX documents_family ON documents (family_id, uploaded_at);
