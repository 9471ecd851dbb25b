-- Pre-registrations by applicant accounts (§9, no family yet): who applies and the home address, from which the
-- family is made when a place is accepted. The commission's e-mails go to the account's confirmed address (contact_email).
ALTER TABLE nursery_requests ADD COLUMN applicant_first_name VARCHAR(100);
ALTER TABLE nursery_requests ADD COLUMN applicant_last_name VARCHAR(100);
ALTER TABLE nursery_requests ADD COLUMN applicant_phone VARCHAR(30);
ALTER TABLE nursery_requests ADD COLUMN address_line1 VARCHAR(200);
ALTER TABLE nursery_requests ADD COLUMN address_line2 VARCHAR(200);
ALTER TABLE nursery_requests ADD COLUMN address_postcode VARCHAR(5);
ALTER TABLE nursery_requests ADD COLUMN address_city VARCHAR(100);

-- Staff's corrections of a request's answers, each with its reason: one row per changed criterion (its new answer).
CREATE TABLE nursery_request_corrections (
    request_id   UUID NOT NULL REFERENCES nursery_requests (id),
    ordinal      INT NOT NULL,
    code         VARCHAR(40) NOT NULL,
    answer       BOOLEAN NOT NULL,
    corrected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    corrected_by VARCHAR(100) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (request_id, ordinal, code)
);
