-- E-mails to clients and staff: written in the transaction of the event they tell of (a service
-- became Active, an invoice was issued or paid ...), sent after the commit by the work queue, and
-- kept as the e-mail log. The queue columns (state ... version) are those of module_task: one
-- mechanism for every kind of queued work. Same conventions as V1 to V6.
CREATE SEQUENCE outgoing_mail_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outgoing_mail (
    id                      BIGINT                   NOT NULL,
    template                VARCHAR(40)              NOT NULL,
    event_type              VARCHAR(64)              NOT NULL,
    subject_kind            VARCHAR(16)              NOT NULL,
    subject_id              BIGINT                   NOT NULL,
    client_id               BIGINT,
    visible_to              VARCHAR(100),
    recipient               VARCHAR(254)             NOT NULL,
    mail_subject            VARCHAR(500)             NOT NULL,
    body                    VARCHAR(20000)           NOT NULL,
    status                  VARCHAR(16)              NOT NULL,
    unless_paid_invoice_id  BIGINT,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at                 TIMESTAMP WITH TIME ZONE,
    last_error              VARCHAR(1000),
    state                   VARCHAR(16)              NOT NULL,
    next_run_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_holder            VARCHAR(200),
    lease_until             TIMESTAMP WITH TIME ZONE,
    attempts                INTEGER                  NOT NULL,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT outgoing_mail_pk PRIMARY KEY (id),
    CONSTRAINT outgoing_mail_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
);
-- The queue's scan: what is due and not done (sent, failed for good, skipped).
CREATE INDEX outgoing_mail_due_ix ON outgoing_mail (state, next_run_at);
-- A client's e-mail log, newest first.
CREATE INDEX outgoing_mail_client_ix ON outgoing_mail (client_id, id);
