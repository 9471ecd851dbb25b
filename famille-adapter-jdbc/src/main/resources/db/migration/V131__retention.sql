-- Personal data (§13): families anonymised (the row is the claim: one instance anonymises a family once),
-- families held past their retention date with the written reason, and the monthly runs claimed.
CREATE TABLE family_anonymisations (
    family_id     UUID PRIMARY KEY REFERENCES families (id),
    anonymised_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE retention_holds (
    family_id UUID PRIMARY KEY REFERENCES families (id),
    reason    VARCHAR(500) NOT NULL,
    held_by   VARCHAR(254) NOT NULL,
    held_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE retention_runs (
    run_month  VARCHAR(7) PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
