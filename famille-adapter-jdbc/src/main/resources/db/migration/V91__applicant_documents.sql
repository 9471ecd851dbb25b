-- An applicant account (§8) uploads the documents of its enrolment request before it has a
-- family: such a document belongs to the account until the request is accepted.
ALTER TABLE documents ALTER COLUMN family_id DROP NOT NULL;
ALTER TABLE documents ADD COLUMN applicant_id UUID REFERENCES accounts (id);
ALTER TABLE documents ADD CONSTRAINT documents_one_owner CHECK ((family_id IS NULL) <> (applicant_id IS NULL));
CREATE INDEX documents_applicant ON documents (applicant_id);
