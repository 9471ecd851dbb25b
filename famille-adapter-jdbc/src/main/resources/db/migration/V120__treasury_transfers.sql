-- SPEC §11: an unpaid invoice handed to the Trésor public keeps the day of its transfer; the
-- update that sets it only where it is still null makes a transfer happen once.
ALTER TABLE invoices ADD COLUMN transferred_on DATE;
CREATE INDEX invoices_transferred ON invoices (transferred_on);
