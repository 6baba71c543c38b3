-- Orders, the services they sell, invoices and payments, the module tasks that act on DCImanager
-- (with the claims that keep two services off one server) and the module log.
-- Same conventions as V1: one file for H2 and PostgreSQL, sequences step by 50.

CREATE SEQUENCE customer_order_seq START WITH 1 INCREMENT BY 50;

-- "order" is reserved on both databases.
CREATE TABLE customer_order (
    id                  BIGINT                   NOT NULL,
    order_number        VARCHAR(10)              NOT NULL,
    client_id           BIGINT                   NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- An external cart's Idempotency-Key, per credential, with a digest of the request it came with.
    idempotency_key     VARCHAR(200),
    request_digest      VARCHAR(64),
    version             BIGINT                   NOT NULL,
    CONSTRAINT customer_order_pk PRIMARY KEY (id),
    CONSTRAINT customer_order_number_uk UNIQUE (order_number),
    CONSTRAINT customer_order_idempotency_uk UNIQUE (created_by, idempotency_key),
    CONSTRAINT customer_order_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX customer_order_status_ix ON customer_order (status, id);
CREATE INDEX customer_order_client_ix ON customer_order (client_id);

CREATE SEQUENCE service_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE service (
    id                        BIGINT                   NOT NULL,
    order_id                  BIGINT                   NOT NULL,
    client_id                 BIGINT                   NOT NULL,
    product_id                BIGINT                   NOT NULL,
    billing_cycle             VARCHAR(16)              NOT NULL,
    recurring_amount          NUMERIC(12, 2)           NOT NULL,
    hostname                  VARCHAR(253)             NOT NULL,
    -- The server's root password, kept only until the server is Active (the install needs it).
    server_password           VARCHAR(128),
    status                    VARCHAR(16)              NOT NULL,
    suspend_reason            VARCHAR(500),
    next_due_date             DATE                     NOT NULL,
    dcim_account_id           VARCHAR(64),
    dcim_account_name         VARCHAR(254),
    server_id                 VARCHAR(64),
    server_name               VARCHAR(200),
    ips                       VARCHAR(4000),
    install_operation_id      VARCHAR(64),
    provisioning_step         VARCHAR(32),
    last_error                VARCHAR(2000),
    auto_suspend_exempt_until DATE,
    notes                     VARCHAR(4000),
    created_by                VARCHAR(64)              NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at              TIMESTAMP WITH TIME ZONE,
    version                   BIGINT                   NOT NULL,
    CONSTRAINT service_pk PRIMARY KEY (id),
    CONSTRAINT service_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT service_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT service_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX service_order_ix ON service (order_id);
CREATE INDEX service_client_ix ON service (client_id, status);
CREATE INDEX service_status_ix ON service (status, id);

CREATE SEQUENCE service_event_seq START WITH 1 INCREMENT BY 50;

-- Every change of a service: status changes and admin edits, with time, actor and reason.
CREATE TABLE service_event (
    id          BIGINT                   NOT NULL,
    service_id  BIGINT                   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    what        VARCHAR(32)              NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT service_event_pk PRIMARY KEY (id),
    CONSTRAINT service_event_service_fk FOREIGN KEY (service_id) REFERENCES service (id)
);
CREATE INDEX service_event_service_ix ON service_event (service_id, id);

CREATE SEQUENCE invoice_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE invoice (
    id          BIGINT                   NOT NULL,
    client_id   BIGINT                   NOT NULL,
    order_id    BIGINT,
    kind        VARCHAR(16)              NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    currency    VARCHAR(3)               NOT NULL,
    total       NUMERIC(12, 2)           NOT NULL,
    due_date    DATE                     NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL,
    CONSTRAINT invoice_pk PRIMARY KEY (id),
    CONSTRAINT invoice_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT invoice_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT invoice_total_ck CHECK (total >= 0)
);
CREATE INDEX invoice_client_ix ON invoice (client_id, status);
CREATE INDEX invoice_order_ix ON invoice (order_id);
CREATE INDEX invoice_status_ix ON invoice (status, id);

CREATE TABLE invoice_line (
    invoice_id   BIGINT         NOT NULL,
    line_index   INTEGER        NOT NULL,
    service_id   BIGINT,
    description  VARCHAR(500)   NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL,
    CONSTRAINT invoice_line_pk PRIMARY KEY (invoice_id, line_index),
    CONSTRAINT invoice_line_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);

CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE payment (
    id              BIGINT                   NOT NULL,
    invoice_id      BIGINT                   NOT NULL,
    gateway         VARCHAR(64)              NOT NULL,
    transaction_id  VARCHAR(200)             NOT NULL,
    amount          NUMERIC(12, 2)           NOT NULL,
    recorded_by     VARCHAR(64)              NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_pk PRIMARY KEY (id),
    -- A gateway's callback may arrive twice: the transaction is recorded once.
    CONSTRAINT payment_transaction_uk UNIQUE (gateway, transaction_id),
    CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX payment_invoice_ix ON payment (invoice_id);

-- The one module command running or waiting for a service: the work queue of provisioning and the
-- intent recorded before each DCImanager side effect. A lease keeps two workers (or two
-- application instances) off one task; a task whose lease ran out is resumed by whoever sees it.
CREATE TABLE module_task (
    service_id       BIGINT                   NOT NULL,
    command          VARCHAR(16)              NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    step             VARCHAR(32)              NOT NULL,
    detail           VARCHAR(500),
    requested_by     VARCHAR(64)              NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    install_started_at TIMESTAMP WITH TIME ZONE,
    -- The server's addresses when it was taken: those beyond them are the ones this order added.
    base_ip_ids      VARCHAR(2000),
    next_run_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_holder     VARCHAR(64),
    lease_until      TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER                  NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT module_task_pk PRIMARY KEY (service_id),
    CONSTRAINT module_task_service_fk FOREIGN KEY (service_id) REFERENCES service (id)
);
CREATE INDEX module_task_due_ix ON module_task (state, next_run_at);

-- A server claimed by a service, recorded before DCImanager is asked to give it to the client's
-- account. The primary key is the promise that two services never get the same server.
CREATE TABLE server_claim (
    server_id   VARCHAR(64)              NOT NULL,
    service_id  BIGINT                   NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT server_claim_pk PRIMARY KEY (server_id),
    CONSTRAINT server_claim_service_fk FOREIGN KEY (service_id) REFERENCES service (id)
);
CREATE INDEX server_claim_service_ix ON server_claim (service_id);

CREATE SEQUENCE module_log_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE module_log (
    id           BIGINT                   NOT NULL,
    service_id   BIGINT                   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    command      VARCHAR(16)              NOT NULL,
    dcim_function VARCHAR(200)            NOT NULL,
    request      VARCHAR(4000),
    response     VARCHAR(4000),
    outcome      VARCHAR(16)              NOT NULL,
    duration_ms  BIGINT                   NOT NULL,
    CONSTRAINT module_log_pk PRIMARY KEY (id),
    CONSTRAINT module_log_service_fk FOREIGN KEY (service_id) REFERENCES service (id)
);
CREATE INDEX module_log_service_ix ON module_log (service_id, id);
