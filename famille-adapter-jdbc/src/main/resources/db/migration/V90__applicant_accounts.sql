-- Applicant accounts (§8): an account with no family yet, whose email must be confirmed before it
-- signs in. The pending confirmation is kept as the digest of the link's token, one per account;
-- confirming deletes the row, so an account with a row here is not confirmed.
CREATE TABLE email_confirmations (
    account_id UUID PRIMARY KEY REFERENCES accounts (id),
    digest     VARCHAR(128) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT email_confirmations_digest UNIQUE (digest)
);
