-- Nursery regular care given by a commission (§9): scoring grids, pre-registrations, sessions and offers.

-- One grid per validity date: its criteria in the order staff listed them.
CREATE TABLE nursery_grid_criteria (
    valid_from DATE NOT NULL,
    ordinal    INT NOT NULL,
    code       VARCHAR(40) NOT NULL,
    label      VARCHAR(300) NOT NULL,
    points     INT NOT NULL,
    PRIMARY KEY (valid_from, code),
    CONSTRAINT nursery_grid_criteria_order UNIQUE (valid_from, ordinal)
);

-- pending_key is the child's key while the request is pending (NULL once accepted): one pending request per child,
-- whatever arrives at once.
CREATE TABLE nursery_requests (
    id                  UUID PRIMARY KEY,
    requester_id        UUID NOT NULL,
    family_id           UUID REFERENCES families (id),
    child_id            UUID REFERENCES children (id),
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    birth_date          DATE,
    expected_birth_date DATE,
    wished_start        DATE NOT NULL,
    status              VARCHAR(20) NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    contact_email       VARCHAR(254),
    pending_key         VARCHAR(400),
    CONSTRAINT nursery_requests_pending UNIQUE (pending_key),
    CONSTRAINT nursery_requests_status CHECK (status IN ('AWAITING_BIRTH', 'OPEN', 'ACCEPTED')),
    CONSTRAINT nursery_requests_birth CHECK (birth_date IS NOT NULL OR expected_birth_date IS NOT NULL)
);
CREATE INDEX nursery_requests_family ON nursery_requests (family_id);
CREATE INDEX nursery_requests_requester ON nursery_requests (requester_id);

CREATE TABLE nursery_request_days (
    request_id UUID NOT NULL REFERENCES nursery_requests (id),
    weekday    VARCHAR(10) NOT NULL,
    arrival    TIME NOT NULL,
    departure  TIME NOT NULL,
    PRIMARY KEY (request_id, weekday)
);

CREATE TABLE nursery_request_answers (
    request_id UUID NOT NULL REFERENCES nursery_requests (id),
    code       VARCHAR(40) NOT NULL,
    answer     BOOLEAN NOT NULL,
    PRIMARY KEY (request_id, code)
);

CREATE TABLE nursery_request_documents (
    request_id  UUID NOT NULL REFERENCES nursery_requests (id),
    ordinal     INT NOT NULL,
    document_id UUID NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    PRIMARY KEY (request_id, ordinal)
);

CREATE TABLE commission_sessions (
    id             UUID PRIMARY KEY,
    session_date   DATE NOT NULL,
    start_from     DATE NOT NULL,
    start_to       DATE NOT NULL,
    confirm_by     DATE NOT NULL,
    places_baby    INT NOT NULL,
    places_middle  INT NOT NULL,
    places_toddler INT NOT NULL,
    status         VARCHAR(20) NOT NULL,
    members        VARCHAR(2000),
    CONSTRAINT commission_sessions_status CHECK (status IN ('OPEN', 'ALLOCATED')),
    CONSTRAINT commission_sessions_period CHECK (start_to >= start_from),
    CONSTRAINT commission_sessions_places CHECK (places_baby >= 0 AND places_middle >= 0 AND places_toddler >= 0)
);

CREATE TABLE commission_confirmations (
    session_id UUID NOT NULL REFERENCES commission_sessions (id),
    request_id UUID NOT NULL REFERENCES nursery_requests (id),
    PRIMARY KEY (session_id, request_id)
);

CREATE TABLE commission_rankings (
    session_id      UUID NOT NULL REFERENCES commission_sessions (id),
    request_id      UUID NOT NULL REFERENCES nursery_requests (id),
    age_group       VARCHAR(10) NOT NULL,
    score           INT NOT NULL,
    rank_in_group   INT NOT NULL,
    override_reason VARCHAR(1000),
    PRIMARY KEY (session_id, request_id),
    CONSTRAINT commission_rankings_rank UNIQUE (session_id, age_group, rank_in_group)
);

-- held_place is the place number while the offer holds it (pending or accepted), NULL once refused or expired:
-- the unique key makes a place of a group impossible to offer twice at the same time, under any concurrency.
CREATE TABLE nursery_offers (
    id          UUID PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES commission_sessions (id),
    request_id  UUID NOT NULL REFERENCES nursery_requests (id),
    age_group   VARCHAR(10) NOT NULL,
    place       INT NOT NULL,
    held_place  INT,
    start_date  DATE NOT NULL,
    offered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_by    TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20) NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE,
    contract_id UUID,
    CONSTRAINT nursery_offers_once UNIQUE (session_id, request_id),
    CONSTRAINT nursery_offers_place UNIQUE (session_id, age_group, held_place),
    CONSTRAINT nursery_offers_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED', 'EXPIRED')),
    CONSTRAINT nursery_offers_held CHECK ((status IN ('PENDING', 'ACCEPTED') AND held_place = place)
                                          OR (status IN ('REFUSED', 'EXPIRED') AND held_place IS NULL))
);
CREATE INDEX nursery_offers_request ON nursery_offers (request_id);
CREATE INDEX nursery_offers_due ON nursery_offers (status, reply_by);
