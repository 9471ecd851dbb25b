-- Stored files no record names any more (a withdrawn rules document's PDF): listed in the transaction
-- that orphans them, struck off once deleted; a failed delete leaves the row for the clean-up job,
-- whose DELETE of the row is the claim (one instance deletes each file).
CREATE TABLE orphan_files (
    storage_name VARCHAR(64) PRIMARY KEY,
    since        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX orphan_files_since ON orphan_files (since);
