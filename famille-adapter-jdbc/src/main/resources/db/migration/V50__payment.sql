-- Online card payment: attempts (one per PBX_CMD), the verified notifications already acted on and
-- the anomalies they raised. Portable SQL for PostgreSQL and H2 (PostgreSQL mode).

CREATE TABLE payment_attempts (
    id               UUID PRIMARY KEY,
    reference        VARCHAR(250) NOT NULL,
    invoice_id       UUID NOT NULL REFERENCES invoices (id),
    family_id        UUID NOT NULL REFERENCES families (id),
    payer_account_id UUID NOT NULL,
    amount_cents     BIGINT NOT NULL,
    status           VARCHAR(20) NOT NULL,
    last_code        VARCHAR(5),
    last_meaning     VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_attempts_reference UNIQUE (reference),
    CONSTRAINT payment_attempts_amount CHECK (amount_cents > 0)
);
CREATE INDEX payment_attempts_invoice ON payment_attempts (invoice_id);

-- exactly once: a notification is acted on only if its (reference, trans) is not here yet;
-- trans is '' when the provider sent none (a cancellation). The signature is not kept.
CREATE TABLE payment_notifications (
    reference   VARCHAR(250) NOT NULL,
    trans       VARCHAR(100) NOT NULL,
    raw_query   VARCHAR(4000) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(30) NOT NULL,
    CONSTRAINT payment_notifications_once UNIQUE (reference, trans)
);

CREATE TABLE payment_anomalies (
    id             UUID PRIMARY KEY,
    reference      VARCHAR(250) NOT NULL,
    invoice_id     UUID REFERENCES invoices (id),
    expected_cents BIGINT,
    received_cents BIGINT NOT NULL,
    trans          VARCHAR(100) NOT NULL,
    code           VARCHAR(5) NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    note           VARCHAR(200) NOT NULL
);
CREATE INDEX payment_anomalies_at ON payment_anomalies (at);
