-- Multi-accueil: settings, slots (the lock rows of the capacity rule), occasional bookings,
-- regular contracts' schedules and congés (keyed by their enrolment), absences, attendance.

-- one row, id 1: the places of every half-day slot
CREATE TABLE nursery_settings (
    id              INTEGER PRIMARY KEY,
    places_per_slot INTEGER NOT NULL,
    CONSTRAINT nursery_settings_single CHECK (id = 1),
    CONSTRAINT nursery_settings_places CHECK (places_per_slot >= 0)
);
INSERT INTO nursery_settings (id, places_per_slot) VALUES (1, 20);

CREATE TABLE nursery_closures (
    closure_date DATE PRIMARY KEY
);

-- created on first use; every change to a slot's bookings holds this row's lock (SELECT … FOR UPDATE)
CREATE TABLE nursery_slots (
    slot_date         DATE NOT NULL,
    period            VARCHAR(10) NOT NULL,
    last_queue_number BIGINT NOT NULL,
    PRIMARY KEY (slot_date, period)
);

CREATE TABLE nursery_bookings (
    id           UUID PRIMARY KEY,
    child_id     UUID NOT NULL REFERENCES children (id),
    slot_date    DATE NOT NULL,
    period       VARCHAR(10) NOT NULL,
    status       VARCHAR(12) NOT NULL,
    queue_number BIGINT NOT NULL,
    -- TRUE while confirmed or waiting, NULL once cancelled: at most one live request per child and slot
    live         BOOLEAN,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at TIMESTAMP WITH TIME ZONE,
    billed       BOOLEAN NOT NULL,
    CONSTRAINT nursery_bookings_slot FOREIGN KEY (slot_date, period) REFERENCES nursery_slots (slot_date, period),
    CONSTRAINT nursery_bookings_queue UNIQUE (slot_date, period, queue_number),
    CONSTRAINT nursery_bookings_live UNIQUE (child_id, slot_date, period, live),
    CONSTRAINT nursery_bookings_live_flag CHECK ((status = 'CANCELLED' AND live IS NULL) OR (status <> 'CANCELLED' AND live = TRUE))
);
CREATE INDEX nursery_bookings_child ON nursery_bookings (child_id, slot_date);

CREATE TABLE nursery_contracts (
    enrolment_id UUID PRIMARY KEY REFERENCES enrolments (id),
    declared_on  DATE NOT NULL
);

CREATE TABLE nursery_contract_days (
    enrolment_id UUID NOT NULL REFERENCES nursery_contracts (enrolment_id),
    weekday      VARCHAR(9) NOT NULL,
    arrival      TIME NOT NULL,
    departure    TIME NOT NULL,
    PRIMARY KEY (enrolment_id, weekday)
);

CREATE TABLE nursery_contract_conges (
    enrolment_id UUID NOT NULL REFERENCES nursery_contracts (enrolment_id),
    week_monday  DATE NOT NULL,
    PRIMARY KEY (enrolment_id, week_monday)
);

-- the certificate is a document of the family, checked by the application (documents have their own store)
CREATE TABLE nursery_absences (
    id          UUID PRIMARY KEY,
    child_id    UUID NOT NULL REFERENCES children (id),
    from_date   DATE NOT NULL,
    to_date     DATE NOT NULL,
    reason      VARCHAR(20) NOT NULL,
    document_id UUID,
    reported_on DATE NOT NULL
);

-- a child's day belongs to one report at most
CREATE TABLE nursery_absence_days (
    absence_id  UUID NOT NULL REFERENCES nursery_absences (id),
    child_id    UUID NOT NULL REFERENCES children (id),
    absent_on   DATE NOT NULL,
    PRIMARY KEY (absence_id, absent_on),
    CONSTRAINT nursery_absence_days_child UNIQUE (child_id, absent_on)
);

CREATE TABLE nursery_attendance (
    child_id        UUID NOT NULL REFERENCES children (id),
    attendance_date DATE NOT NULL,
    arrival         TIME NOT NULL,
    departure       TIME,
    PRIMARY KEY (child_id, attendance_date)
);
CREATE INDEX nursery_attendance_date ON nursery_attendance (attendance_date);
