-- Outgoing mails, written in the transaction of the change that causes them and sent from here:
-- a mail is lost neither by a crash after the commit nor by an SMTP server that is down.
CREATE TABLE mail_outbox (
    id              UUID PRIMARY KEY,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- an instance sending the mail holds it until then; after a crash another takes it over
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
