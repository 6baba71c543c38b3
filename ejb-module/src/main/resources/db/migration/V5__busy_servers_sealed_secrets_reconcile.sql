-- A module command waits while DCImanager runs an operation on the service's server (an OS install
-- still running must not be released and resold): the task knows since when it waits (the wait is
-- bounded from there), the service shows why. Same conventions as V1 to V4.
ALTER TABLE module_task ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE service ADD COLUMN waiting_for VARCHAR(500);

-- Server passwords are kept sealed (AES-256-GCM, key from metalcart.secrets.key) until the server is
-- installed, and an order's request digest, which covers them, is keyed (HMAC-SHA256): both are
-- longer than the values they replace. Rows written before stay readable as they are.
ALTER TABLE service ALTER COLUMN server_password SET DATA TYPE VARCHAR(256);
ALTER TABLE customer_order ALTER COLUMN request_digest SET DATA TYPE VARCHAR(128);

-- The reconcile job: compares DCImanager's inventory with Metalcart's services. It runs under a job
-- lease like the nightly jobs, and keeps what it found, per run, with what it did about it.
INSERT INTO job_lease (job_name) VALUES ('reconcile');

CREATE SEQUENCE drift_finding_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE drift_finding (
    id              BIGINT                   NOT NULL,
    run_id          BIGINT                   NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    server_id       VARCHAR(64),
    service_id      BIGINT,
    account_id      VARCHAR(64),
    address         VARCHAR(64),
    address_id      VARCHAR(64),
    detail          VARCHAR(1000)            NOT NULL,
    action          VARCHAR(32)              NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT drift_finding_pk PRIMARY KEY (id),
    CONSTRAINT drift_finding_run_fk FOREIGN KEY (run_id) REFERENCES job_run (id)
);
CREATE INDEX drift_finding_run_ix ON drift_finding (run_id, id);
