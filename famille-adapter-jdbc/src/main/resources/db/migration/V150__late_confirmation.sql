-- a booking confirmed from the waiting list less than 48 hours before its slot is cancelled free until the slot starts
ALTER TABLE nursery_bookings ADD COLUMN late_confirmation BOOLEAN NOT NULL DEFAULT FALSE;
