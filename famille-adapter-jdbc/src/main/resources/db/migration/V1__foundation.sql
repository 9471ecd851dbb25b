-- Foundation: schools, families, accounts, sessions, sign-in throttling, audit log.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode: portable types only.
-- Instants are TIMESTAMP WITH TIME ZONE (microseconds), amounts BIGINT cents.

CREATE TABLE schools (
    id      UUID PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    address VARCHAR(300)
);

CREATE TABLE families (
    id                     UUID PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    address_line1          VARCHAR(200) NOT NULL,
    address_line2          VARCHAR(200),
    postcode               VARCHAR(5) NOT NULL,
    city                   VARCHAR(100) NOT NULL,
    resident               BOOLEAN NOT NULL,
    paperless              BOOLEAN NOT NULL,
    annual_resources_cents BIGINT,
    dependent_children     INTEGER NOT NULL,
    disabled_child         BOOLEAN NOT NULL,
    -- lower-case, accent-free names and emails of the family, matched by staff search
    search_text            VARCHAR NOT NULL
);
CREATE INDEX families_name ON families (name);

CREATE TABLE guardians (
    id         UUID PRIMARY KEY,
    family_id  UUID NOT NULL REFERENCES families (id),
    ordinal    INTEGER NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name  VARCHAR(100) NOT NULL,
    email      VARCHAR(254),
    phone      VARCHAR(30),
    CONSTRAINT guardians_family_ordinal UNIQUE (family_id, ordinal)
);

CREATE TABLE children (
    id         UUID PRIMARY KEY,
    family_id  UUID NOT NULL REFERENCES families (id),
    ordinal    INTEGER NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name  VARCHAR(100) NOT NULL,
    birth_date DATE NOT NULL,
    school_id  UUID REFERENCES schools (id),
    grade      VARCHAR(3),
    CONSTRAINT children_family_ordinal UNIQUE (family_id, ordinal)
);
CREATE INDEX children_school ON children (school_id);

CREATE TABLE family_quotients (
    family_id  UUID NOT NULL REFERENCES families (id),
    valid_from DATE NOT NULL,
    quotient   INTEGER NOT NULL,
    PRIMARY KEY (family_id, valid_from)
);

CREATE TABLE accounts (
    id                 UUID PRIMARY KEY,
    username           VARCHAR(64) NOT NULL,
    -- lower-case forms, so that uniqueness and sign-in ignore case on every database
    username_canonical VARCHAR(64) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    email_canonical    VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(500) NOT NULL,
    role               VARCHAR(20) NOT NULL,
    guardian_id        UUID REFERENCES guardians (id),
    family_id          UUID REFERENCES families (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounts_username_canonical UNIQUE (username_canonical)
);
CREATE INDEX accounts_email_canonical ON accounts (email_canonical);
CREATE INDEX accounts_guardian ON accounts (guardian_id);

CREATE TABLE activation_keys (
    guardian_id UUID PRIMARY KEY REFERENCES guardians (id),
    family_id   UUID NOT NULL REFERENCES families (id),
    digest      VARCHAR(128) NOT NULL,
    expires_on  DATE NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT activation_keys_digest UNIQUE (digest)
);

CREATE TABLE sessions (
    token_digest VARCHAR(128) PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES accounts (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- logins as typed (lower-cased) whether or not an account exists, hence no foreign key
CREATE TABLE login_failures (
    login     VARCHAR NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, failed_at);

CREATE TABLE login_locks (
    login        VARCHAR PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the identity orders entries recorded at the same instant in the order they were written
CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    action       VARCHAR(100) NOT NULL,
    target       VARCHAR NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX audit_log_at ON audit_log (at, id);
