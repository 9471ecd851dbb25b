-- Billing: tariffs, billing runs, invoices with their lines, payments, credit notes, the
-- numbering counters and direct-debit mandates. Portable SQL for PostgreSQL and H2 (PostgreSQL mode).
-- H2 reserves MONTH, YEAR and VALUE: hence billed_month, seq_year.

CREATE TABLE canteen_tariffs (
    valid_from               DATE PRIMARY KEY,
    default_price_cents      BIGINT NOT NULL,
    non_resident_price_cents BIGINT NOT NULL,
    unbooked_surcharge_cents BIGINT NOT NULL
);

CREATE TABLE canteen_tariff_brackets (
    valid_from   DATE NOT NULL REFERENCES canteen_tariffs (valid_from) ON DELETE CASCADE,
    max_quotient INTEGER NOT NULL,
    price_cents  BIGINT NOT NULL,
    PRIMARY KEY (valid_from, max_quotient)
);

CREATE TABLE nursery_tariffs (
    valid_from    DATE PRIMARY KEY,
    floor_cents   BIGINT NOT NULL,
    ceiling_cents BIGINT NOT NULL
);

-- the effort rate as an exact decimal fraction written out (0.000619), never a float
CREATE TABLE nursery_effort_rates (
    valid_from DATE NOT NULL REFERENCES nursery_tariffs (valid_from) ON DELETE CASCADE,
    bracket    VARCHAR(20) NOT NULL,
    rate       VARCHAR(20) NOT NULL,
    PRIMARY KEY (valid_from, bracket)
);

-- one row per régie, locked FOR UPDATE by each run so that a régie's runs happen one at a time
CREATE TABLE billing_regies (
    regie VARCHAR(20) PRIMARY KEY
);
INSERT INTO billing_regies (regie) VALUES ('SCHOOL');
INSERT INTO billing_regies (regie) VALUES ('EARLY_CHILDHOOD');

-- issued_key ('SCHOOL/2026-09') is set on the issued run and draft_key on the draft only:
-- a month is issued once and has at most one draft, whatever runs concurrently
CREATE TABLE billing_runs (
    id            UUID PRIMARY KEY,
    regie         VARCHAR(20) NOT NULL REFERENCES billing_regies (regie),
    billed_month  VARCHAR(7) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by    VARCHAR(254) NOT NULL,
    issued_on     DATE,
    invoice_count INTEGER NOT NULL,
    total_cents   BIGINT NOT NULL,
    issued_key    VARCHAR(30),
    draft_key     VARCHAR(30),
    CONSTRAINT billing_runs_issued_once UNIQUE (issued_key),
    CONSTRAINT billing_runs_one_draft UNIQUE (draft_key)
);
CREATE INDEX billing_runs_started ON billing_runs (started_at);

-- the recipient's name and address are kept as they were when the invoice was made
CREATE TABLE invoices (
    id             UUID PRIMARY KEY,
    run_id         UUID NOT NULL REFERENCES billing_runs (id),
    family_id      UUID NOT NULL REFERENCES families (id),
    regie          VARCHAR(20) NOT NULL,
    billed_month   VARCHAR(7) NOT NULL,
    number         VARCHAR(20),
    issued_on      DATE,
    due_on         DATE,
    recipient_name VARCHAR(200) NOT NULL,
    address_line1  VARCHAR(200) NOT NULL,
    address_line2  VARCHAR(200),
    postcode       VARCHAR(5) NOT NULL,
    city           VARCHAR(100) NOT NULL,
    paper          BOOLEAN NOT NULL,
    total_cents    BIGINT NOT NULL,
    paid_cents     BIGINT NOT NULL,
    credited_cents BIGINT NOT NULL,
    CONSTRAINT invoices_number UNIQUE (number),
    CONSTRAINT invoices_never_over_settled CHECK (paid_cents >= 0 AND credited_cents >= 0 AND paid_cents + credited_cents <= total_cents)
);
CREATE INDEX invoices_run ON invoices (run_id, id);
CREATE INDEX invoices_family ON invoices (family_id);
CREATE INDEX invoices_regie_month ON invoices (regie, billed_month);
CREATE INDEX invoices_due ON invoices (due_on);

-- a line keeps the child's id and name as invoiced, like the recipient's address: no foreign key,
-- which also spares a 50,000-child run as many referential checks
CREATE TABLE invoice_lines (
    invoice_id          UUID NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    child_id            UUID NOT NULL,
    child_name          VARCHAR(201) NOT NULL,
    kind                VARCHAR(30) NOT NULL,
    label               VARCHAR(200) NOT NULL,
    quantity_hundredths BIGINT NOT NULL,
    unit_price_cents    BIGINT NOT NULL,
    amount_cents        BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, ordinal)
);

-- a reference (cheque number, bank reference) is recorded once per invoice and method, and an
-- idempotency key once: a double click never records money twice
CREATE TABLE invoice_payments (
    id              UUID PRIMARY KEY,
    invoice_id      UUID NOT NULL REFERENCES invoices (id),
    method          VARCHAR(20) NOT NULL,
    amount_cents    BIGINT NOT NULL,
    received_on     DATE NOT NULL,
    reference       VARCHAR(100),
    idempotency_key VARCHAR(100),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invoice_payments_positive CHECK (amount_cents > 0),
    CONSTRAINT invoice_payments_reference UNIQUE (invoice_id, method, reference),
    CONSTRAINT invoice_payments_idempotency UNIQUE (idempotency_key)
);
CREATE INDEX invoice_payments_invoice ON invoice_payments (invoice_id);

CREATE TABLE credit_notes (
    id           UUID PRIMARY KEY,
    invoice_id   UUID NOT NULL REFERENCES invoices (id),
    number       VARCHAR(20) NOT NULL,
    amount_cents BIGINT NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    issued_on    DATE NOT NULL,
    CONSTRAINT credit_notes_number UNIQUE (number),
    CONSTRAINT credit_notes_positive CHECK (amount_cents > 0)
);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);

-- the last sequence number taken per régie and year; taking numbers locks the row until commit
CREATE TABLE numbering_counters (
    regie         VARCHAR(20) NOT NULL REFERENCES billing_regies (regie),
    seq_year      INTEGER NOT NULL,
    last_sequence BIGINT NOT NULL,
    PRIMARY KEY (regie, seq_year)
);

CREATE TABLE direct_debit_mandates (
    family_id UUID NOT NULL REFERENCES families (id),
    regie     VARCHAR(20) NOT NULL REFERENCES billing_regies (regie),
    active    BOOLEAN NOT NULL,
    iban      VARCHAR(34),
    PRIMARY KEY (family_id, regie)
);
