-- Children's enrolments in services (canteen for a school year, nursery for a period).
CREATE TABLE enrolments (
    id          UUID PRIMARY KEY,
    child_id    UUID NOT NULL REFERENCES children (id),
    service     VARCHAR(30) NOT NULL,
    from_date   DATE NOT NULL,
    to_date     DATE NOT NULL,
    school_year VARCHAR(9)
);
CREATE INDEX enrolments_child ON enrolments (child_id);
