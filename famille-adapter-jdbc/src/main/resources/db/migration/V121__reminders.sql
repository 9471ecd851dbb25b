-- SPEC §11: the reminders sent. The key (invoice, level) claims a reminder in the database: two
-- instances running the job never send one twice.
CREATE TABLE invoice_reminders (
    invoice_id     UUID NOT NULL REFERENCES invoices (id),
    reminder_level INTEGER NOT NULL,
    sent_on        DATE NOT NULL,
    PRIMARY KEY (invoice_id, reminder_level),
    CONSTRAINT invoice_reminders_level CHECK (reminder_level IN (1, 2))
);
