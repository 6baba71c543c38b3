-- The event log: every domain event (an order placed, an invoice issued or paid, a service's status
-- changed, a module command ended, a job run ended), written in the transaction that fired it. The
-- feed reads it by id; ids are taken one at a time (no pooled blocks) so that they follow the order
-- events are written in across instances. Same conventions as V1 to V5.
CREATE SEQUENCE domain_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE domain_event (
    id              BIGINT                   NOT NULL,
    type            VARCHAR(64)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    subject         VARCHAR(16)              NOT NULL,
    subject_id      BIGINT                   NOT NULL,
    client_id       BIGINT,
    visible_to      VARCHAR(100),
    data            VARCHAR(4000)            NOT NULL,
    CONSTRAINT domain_event_pk PRIMARY KEY (id)
);
-- A cart reads its own events after a cursor.
CREATE INDEX domain_event_visible_ix ON domain_event (visible_to, id);
