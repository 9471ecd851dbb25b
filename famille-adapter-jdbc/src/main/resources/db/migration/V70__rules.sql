-- Rules documents (règlements) of the public space: metadata here, the PDF in the document folder.
CREATE TABLE rules_documents (
    id           UUID PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    service      VARCHAR(20) NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    storage_name VARCHAR(100) NOT NULL,
    CONSTRAINT rules_documents_storage_name UNIQUE (storage_name),
    CONSTRAINT rules_documents_service CHECK (service IN ('CANTEEN', 'NURSERY', 'GENERAL')),
    CONSTRAINT rules_documents_size CHECK (size_bytes > 0)
);
