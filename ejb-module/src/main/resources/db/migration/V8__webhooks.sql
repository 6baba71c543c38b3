-- Webhooks: the endpoints a cart (or an admin) registered, one delivery per event and endpoint,
-- and every attempt at it. A delivery's queue columns (state ... version) are those of module_task
-- and outgoing_mail: one mechanism for every kind of queued work. Same conventions as V1 to V7.
CREATE SEQUENCE webhook_endpoint_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE webhook_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE webhook_endpoint (
    id              BIGINT                   NOT NULL,
    url             VARCHAR(2000)            NOT NULL,
    event_types     VARCHAR(1000)            NOT NULL,
    description     VARCHAR(200),
    -- The signing secret, sealed with metalcart.secrets.key (it must be read back to sign).
    secret          VARCHAR(500)             NOT NULL,
    owner           VARCHAR(100)             NOT NULL,
    -- An admin's endpoint receives every event; a cart's those of what it sold.
    sees_all        BOOLEAN                  NOT NULL,
    enabled         BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT webhook_endpoint_pk PRIMARY KEY (id)
);
CREATE INDEX webhook_endpoint_owner_ix ON webhook_endpoint (owner, id);

CREATE TABLE webhook_delivery (
    id              BIGINT                   NOT NULL,
    endpoint_id     BIGINT                   NOT NULL,
    event_id        BIGINT                   NOT NULL,
    event_type      VARCHAR(64)              NOT NULL,
    body            VARCHAR(8000)            NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(1000),
    state           VARCHAR(16)              NOT NULL,
    next_run_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_holder    VARCHAR(200),
    lease_until     TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (id),
    CONSTRAINT webhook_delivery_endpoint_fk FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    CONSTRAINT webhook_delivery_event_fk FOREIGN KEY (event_id) REFERENCES domain_event (id),
    -- One delivery per event and endpoint, however often the event is looked at.
    CONSTRAINT webhook_delivery_event_uq UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (state, next_run_at);

CREATE TABLE webhook_attempt (
    id              BIGINT                   NOT NULL,
    delivery_id     BIGINT                   NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code     INTEGER,
    duration_ms     BIGINT                   NOT NULL,
    error           VARCHAR(1000),
    CONSTRAINT webhook_attempt_pk PRIMARY KEY (id),
    CONSTRAINT webhook_attempt_delivery_fk FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
);
CREATE INDEX webhook_attempt_delivery_ix ON webhook_attempt (delivery_id, id);
