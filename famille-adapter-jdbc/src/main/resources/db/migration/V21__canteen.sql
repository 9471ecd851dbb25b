-- School years and the canteen: bookings, absences, attendance checks.

CREATE TABLE school_years (
    label      VARCHAR(9) PRIMARY KEY,
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    -- the school weekdays, comma-separated: MONDAY,TUESDAY,THURSDAY,FRIDAY
    weekdays   VARCHAR(80) NOT NULL
);

CREATE TABLE school_year_holidays (
    school_year VARCHAR(9) NOT NULL REFERENCES school_years (label),
    from_date   DATE NOT NULL,
    to_date     DATE NOT NULL,
    label       VARCHAR(100) NOT NULL
);
CREATE INDEX school_year_holidays_year ON school_year_holidays (school_year);

CREATE TABLE school_year_closures (
    school_year VARCHAR(9) NOT NULL REFERENCES school_years (label),
    closed_on   DATE NOT NULL,
    PRIMARY KEY (school_year, closed_on)
);

-- A new random version at every change of a school year: each app instance keeps the calendar
-- cached and reloads it when the version it reads (one primary-key lookup) differs.
CREATE TABLE calendar_version (
    id      INTEGER PRIMARY KEY,
    version UUID NOT NULL
);
INSERT INTO calendar_version (id, version) VALUES (1, '00000000-0000-0000-0000-000000000000');

-- one canteen enrolment per child and school year (nursery enrolments have no school year)
CREATE UNIQUE INDEX enrolments_child_school_year ON enrolments (child_id, school_year);

-- At most one booked meal per child and day: booking is an insert that does nothing when the row
-- exists, cancelling a delete, so both are idempotent under any concurrency.
CREATE TABLE canteen_bookings (
    child_id  UUID NOT NULL REFERENCES children (id),
    booked_on DATE NOT NULL,
    -- the school the child eats at, kept with the booking for the kitchen's headcounts
    school_id UUID REFERENCES schools (id),
    PRIMARY KEY (child_id, booked_on)
);
CREATE INDEX canteen_bookings_day_school ON canteen_bookings (booked_on, school_id);

CREATE TABLE canteen_absences (
    id             UUID PRIMARY KEY,
    child_id       UUID NOT NULL REFERENCES children (id),
    from_date      DATE NOT NULL,
    to_date        DATE NOT NULL,
    reason         VARCHAR(20) NOT NULL,
    certificate_id UUID REFERENCES documents (id),
    reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by    VARCHAR(254) NOT NULL
);
CREATE INDEX canteen_absences_child ON canteen_absences (child_id);

-- the booked days an absence applies to, each with its billing; a day belongs to one absence only
CREATE TABLE canteen_absence_days (
    child_id   UUID NOT NULL REFERENCES children (id),
    absent_on  DATE NOT NULL,
    absence_id UUID NOT NULL REFERENCES canteen_absences (id),
    billing    VARCHAR(20) NOT NULL,
    PRIMARY KEY (child_id, absent_on)
);
CREATE INDEX canteen_absence_days_absence ON canteen_absence_days (absence_id);

CREATE TABLE canteen_attendance (
    child_id   UUID NOT NULL REFERENCES children (id),
    checked_on DATE NOT NULL,
    school_id  UUID NOT NULL REFERENCES schools (id),
    present    BOOLEAN NOT NULL,
    PRIMARY KEY (child_id, checked_on)
);
CREATE INDEX canteen_attendance_school_day ON canteen_attendance (school_id, checked_on);
