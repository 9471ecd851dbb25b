-- FranceConnect (§13): which account each FranceConnect identity (its « sub ») signs in to, and
-- identities that came back verified and wait, for a quarter of an hour, to be linked to an account.
CREATE TABLE franceconnect_links (
    subject    VARCHAR(255) PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES accounts (id),
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT franceconnect_links_account UNIQUE (account_id)
);

-- no account yet, hence no foreign key; rows live 15 minutes and are swept when read past expiry
CREATE TABLE franceconnect_pending (
    digest      VARCHAR(128) PRIMARY KEY,
    subject     VARCHAR(255) NOT NULL,
    given_name  VARCHAR(200) NOT NULL,
    family_name VARCHAR(200) NOT NULL,
    birthdate   DATE,
    email       VARCHAR(254) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX franceconnect_pending_expiry ON franceconnect_pending (expires_at);
