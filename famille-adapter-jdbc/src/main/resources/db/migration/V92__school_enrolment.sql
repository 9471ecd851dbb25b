-- School enrolment online (§8): campaigns, the sector map, requests with their guardians,
-- documents and history, and the certificate numbers. Portable SQL (PostgreSQL and H2).

CREATE TABLE enrolment_campaigns (
    school_year VARCHAR(9) PRIMARY KEY,
    opens_on    DATE NOT NULL,
    closes_on   DATE NOT NULL
);

-- replaced as a whole by each upload; ordinal keeps the file's order, line its line number
CREATE TABLE school_sectors (
    ordinal   INT PRIMARY KEY,
    line      INT NOT NULL,
    street    VARCHAR(200) NOT NULL,
    from_no   INT NOT NULL,
    to_no     INT NOT NULL,
    side      VARCHAR(4) NOT NULL,
    school_id UUID NOT NULL REFERENCES schools (id)
);

-- open_key is "year|child identity" while the request is open (SUBMITTED or INCOMPLETE) and NULL
-- afterwards: the UNIQUE constraint allows one open request per child and year (a portable
-- partial unique index). version grows with every change: a decision updates only the version
-- it read, so of two staff deciding at once only one wins.
CREATE TABLE school_requests (
    id                  UUID PRIMARY KEY,
    requester_id        UUID NOT NULL REFERENCES accounts (id),
    family_id           UUID REFERENCES families (id),
    school_year         VARCHAR(9) NOT NULL,
    child_first_name    VARCHAR(100) NOT NULL,
    child_last_name     VARCHAR(100) NOT NULL,
    child_birth_date    DATE NOT NULL,
    child_id            UUID,
    child_identity      VARCHAR(220) NOT NULL,
    grade               VARCHAR(3),
    grade_reason        VARCHAR(1000),
    address_line1       VARCHAR(200) NOT NULL,
    address_line2       VARCHAR(200),
    postcode            VARCHAR(5) NOT NULL,
    city                VARCHAR(100) NOT NULL,
    parents_separated   BOOLEAN NOT NULL,
    canteen             BOOLEAN NOT NULL,
    wished_school_id    UUID REFERENCES schools (id),
    derogation_reason   VARCHAR(10),
    derogation_text     VARCHAR(2000),
    sector_school_id    UUID REFERENCES schools (id),
    status              VARCHAR(10) NOT NULL,
    message             VARCHAR(2000),
    counted_school_id   UUID,
    counted_grade       VARCHAR(3) NOT NULL,
    accepted_school_id  UUID REFERENCES schools (id),
    accepted_grade      VARCHAR(3),
    accepted_family_id  UUID REFERENCES families (id),
    accepted_child_id   UUID,
    certificate_number  VARCHAR(20),
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT NOT NULL,
    open_key            VARCHAR(240),
    CONSTRAINT school_requests_one_open UNIQUE (open_key),
    CONSTRAINT school_requests_certificate UNIQUE (certificate_number)
);
CREATE INDEX school_requests_requester ON school_requests (requester_id);
CREATE INDEX school_requests_family ON school_requests (family_id);
CREATE INDEX school_requests_queue ON school_requests (status, counted_school_id, counted_grade);
CREATE INDEX school_requests_child ON school_requests (child_identity, school_year);

CREATE TABLE school_request_guardians (
    request_id UUID NOT NULL REFERENCES school_requests (id),
    ordinal    INT NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name  VARCHAR(100) NOT NULL,
    email      VARCHAR(254),
    phone      VARCHAR(30),
    PRIMARY KEY (request_id, ordinal)
);

CREATE TABLE school_request_documents (
    request_id  UUID NOT NULL REFERENCES school_requests (id),
    ordinal     INT NOT NULL,
    document_id UUID NOT NULL REFERENCES documents (id),
    kind        VARCHAR(30) NOT NULL,
    issued_on   DATE,
    PRIMARY KEY (request_id, ordinal)
);

CREATE TABLE school_request_history (
    request_id UUID NOT NULL REFERENCES school_requests (id),
    ordinal    INT NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status     VARCHAR(10) NOT NULL,
    actor      VARCHAR(254) NOT NULL,
    PRIMARY KEY (request_id, ordinal)
);

-- the last certificate number of each year; a row lock on it numbers acceptances without gap
CREATE TABLE certificate_numbers (
    cert_year   INT PRIMARY KEY,
    last_number BIGINT NOT NULL
);
