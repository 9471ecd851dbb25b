-- Direct debit (SPEC §10): mandates with their RUM, the direct-debit files with their pain.008
-- document as generated, and one collection per invoice. Portable SQL for PostgreSQL and H2.

-- live_key ('family-id/SCHOOL') is set while a mandate is active or suspended, and cleared when it is
-- revoked: a family has at most one live mandate per régie, whatever runs concurrently
CREATE TABLE mandates (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL REFERENCES families (id),
    regie            VARCHAR(20) NOT NULL REFERENCES billing_regies (regie),
    rum              VARCHAR(35) NOT NULL,
    holder           VARCHAR(140) NOT NULL,
    iban             VARCHAR(34) NOT NULL,
    signed_on        DATE NOT NULL,
    online           BOOLEAN NOT NULL,
    status           VARCHAR(10) NOT NULL,
    rejects_in_a_row INTEGER NOT NULL,
    ended_on         DATE,
    live_key         VARCHAR(60),
    CONSTRAINT mandates_rum UNIQUE (rum),
    CONSTRAINT mandates_one_live UNIQUE (live_key)
);
CREATE INDEX mandates_family ON mandates (family_id);
CREATE INDEX mandates_regie_status ON mandates (regie, status);

-- the staff's on/off switch of before becomes paper mandates: a reference made from the family's
-- id, the family's name as holder, and an id derived from the family's and the régie
INSERT INTO mandates (id, family_id, regie, rum, holder, iban, signed_on, online, status, rejects_in_a_row, ended_on, live_key)
SELECT CAST(CASE d.regie WHEN 'SCHOOL' THEN 'a' ELSE 'b' END || SUBSTRING(CAST(d.family_id AS VARCHAR(36)) FROM 2) AS UUID),
       d.family_id, d.regie,
       'EF-' || CASE d.regie WHEN 'SCHOOL' THEN 'AS' ELSE 'PE' END || '-PAPIER-'
           || UPPER(SUBSTRING(REPLACE(CAST(d.family_id AS VARCHAR(36)), '-', '') FROM 1 FOR 20)),
       SUBSTRING(f.name FROM 1 FOR 140), d.iban, CURRENT_DATE, FALSE,
       CASE WHEN d.active THEN 'ACTIVE' ELSE 'REVOKED' END, 0,
       CASE WHEN d.active THEN NULL ELSE CURRENT_DATE END,
       CASE WHEN d.active THEN CAST(d.family_id AS VARCHAR(36)) || '/' || d.regie ELSE NULL END
FROM direct_debit_mandates d JOIN families f ON f.id = d.family_id
WHERE d.iban IS NOT NULL;

DROP TABLE direct_debit_mandates;

CREATE TABLE direct_debit_files (
    id              UUID PRIMARY KEY,
    regie           VARCHAR(20) NOT NULL REFERENCES billing_regies (regie),
    run_id          UUID NOT NULL REFERENCES billing_runs (id),
    message_id      VARCHAR(35) NOT NULL,
    collection_date DATE NOT NULL,
    tx_count        INTEGER NOT NULL,
    total_cents     BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    executed_on     DATE,
    content         BYTEA NOT NULL,
    CONSTRAINT direct_debit_files_message UNIQUE (message_id)
);
CREATE INDEX direct_debit_files_created ON direct_debit_files (created_at);

-- invoice_id is the key: an invoice is in one file at most, even for two generations at once
CREATE TABLE direct_debit_collections (
    invoice_id     UUID PRIMARY KEY REFERENCES invoices (id),
    file_id        UUID NOT NULL REFERENCES direct_debit_files (id),
    run_id         UUID NOT NULL,
    regie          VARCHAR(20) NOT NULL,
    invoice_number VARCHAR(20) NOT NULL,
    billed_month   VARCHAR(7) NOT NULL,
    family_id      UUID NOT NULL,
    mandate_id     UUID NOT NULL REFERENCES mandates (id),
    rum            VARCHAR(35) NOT NULL,
    signed_on      DATE NOT NULL,
    holder         VARCHAR(140) NOT NULL,
    iban           VARCHAR(34) NOT NULL,
    sequence_type  VARCHAR(4) NOT NULL,
    amount_cents   BIGINT NOT NULL,
    status         VARCHAR(10) NOT NULL,
    payment_id     UUID,
    reason_code    VARCHAR(4),
    rejected_on    DATE,
    CONSTRAINT direct_debit_collections_positive CHECK (amount_cents > 0)
);
CREATE INDEX direct_debit_collections_file ON direct_debit_collections (file_id, invoice_number);
CREATE INDEX direct_debit_collections_run ON direct_debit_collections (run_id);
CREATE INDEX direct_debit_collections_mandate ON direct_debit_collections (regie, mandate_id);

-- a direct debit the bank collected is recorded whole even when a credit note issued after its file
-- left less to pay: the excess (money to refund) is kept apart, so that every other settlement still
-- stays within the invoice's total
ALTER TABLE invoices ADD COLUMN over_collected_cents BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoices DROP CONSTRAINT invoices_never_over_settled;
ALTER TABLE invoices ADD CONSTRAINT invoices_never_over_settled CHECK (paid_cents >= 0 AND credited_cents >= 0
    AND over_collected_cents >= 0 AND paid_cents + credited_cents <= total_cents + over_collected_cents);
