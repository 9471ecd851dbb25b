-- Parent accounts and access: password-reset links, address change requests.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- a guardian has at most one account (NULLs, the staff accounts, are not compared)
ALTER TABLE accounts ADD CONSTRAINT accounts_guardian_unique UNIQUE (guardian_id);

-- the live reset link of an account, as the digest of its token; one per account
CREATE TABLE password_resets (
    account_id UUID PRIMARY KEY REFERENCES accounts (id),
    digest     VARCHAR(128) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT password_resets_digest UNIQUE (digest)
);

-- pending_family_id holds the family while the request is PENDING and is NULL afterwards, so the
-- UNIQUE constraint allows one pending request per family (a portable partial unique index).
-- proof_document_id: no foreign key, the documents belong to their own feature's tables.
CREATE TABLE address_requests (
    id                UUID PRIMARY KEY,
    family_id         UUID NOT NULL REFERENCES families (id),
    guardian_id       UUID NOT NULL REFERENCES guardians (id),
    address_line1     VARCHAR(200) NOT NULL,
    address_line2     VARCHAR(200),
    postcode          VARCHAR(5) NOT NULL,
    city              VARCHAR(100) NOT NULL,
    proof_document_id UUID,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20) NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(254),
    refusal_reason    VARCHAR(500),
    pending_family_id UUID,
    CONSTRAINT address_requests_one_pending UNIQUE (pending_family_id)
);
CREATE INDEX address_requests_family ON address_requests (family_id);
CREATE INDEX address_requests_status ON address_requests (status, requested_at);
