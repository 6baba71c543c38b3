-- Renewal invoices, the moment a service was suspended, and the records of the nightly jobs.
-- Same conventions as V1 and V2: one file for H2 and PostgreSQL.

-- A renewal invoice pays the period that starts on the service's due date at the time it was
-- issued. One invoice per service and period: the job may run twice, it invoices once.
ALTER TABLE invoice ADD COLUMN service_id BIGINT;
ALTER TABLE invoice ADD COLUMN period_start DATE;
ALTER TABLE invoice ADD CONSTRAINT invoice_service_fk FOREIGN KEY (service_id) REFERENCES service (id);
CREATE UNIQUE INDEX invoice_renewal_period_uk ON invoice (service_id, period_start);

-- Release of unpaid servers counts its days from here.
ALTER TABLE service ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX service_due_ix ON service (status, next_due_date);

-- A renewal paid while the block of its service was on its way to DCImanager: the block's worker
-- unblocks the server once the block is recorded.
ALTER TABLE module_task ADD COLUMN then_renew BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE job_run_seq START WITH 1 INCREMENT BY 50;

-- One run of a nightly job, started by the schedule or through the API.
CREATE TABLE job_run (
    id              BIGINT                   NOT NULL,
    job_name        VARCHAR(32)              NOT NULL,
    dry_run         BOOLEAN                  NOT NULL,
    forced          BOOLEAN                  NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    -- Why it stopped or failed, in words.
    reason          VARCHAR(2000),
    requested_by    VARCHAR(64)              NOT NULL,
    -- The night a scheduled run is for; null when started by hand. Each night runs a job once,
    -- however many instances have the schedule.
    night           DATE,
    -- The run's "now": every decision of the run, also after a restart, is taken as of this instant.
    as_of           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    execution_id    BIGINT,
    lease_holder    VARCHAR(64),
    lease_until     TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT job_run_pk PRIMARY KEY (id),
    CONSTRAINT job_run_night_uk UNIQUE (job_name, night)
);
CREATE INDEX job_run_job_ix ON job_run (job_name, id);

-- Who runs each job now: a run takes the row's lease, so two runs of one job never overlap, also
-- across instances sharing the database. A lease that was not renewed in time may be taken over.
CREATE TABLE job_lease (
    job_name        VARCHAR(32)              NOT NULL,
    run_id          BIGINT,
    lease_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT job_lease_pk PRIMARY KEY (job_name)
);
INSERT INTO job_lease (job_name) VALUES ('renewal-invoices');
INSERT INTO job_lease (job_name) VALUES ('expiry-block');
INSERT INTO job_lease (job_name) VALUES ('release-unpaid');

-- A run's share of the services (a range of ids) and how far it got: committed with each chunk,
-- together with the chunk's work, so a restart continues exactly after the last committed service.
CREATE TABLE job_partition (
    run_id          BIGINT                   NOT NULL,
    part            INTEGER                  NOT NULL,
    first_id        BIGINT                   NOT NULL,
    last_id         BIGINT                   NOT NULL,
    done_through    BIGINT                   NOT NULL,
    examined        BIGINT                   NOT NULL,
    CONSTRAINT job_partition_pk PRIMARY KEY (run_id, part),
    CONSTRAINT job_partition_run_fk FOREIGN KEY (run_id) REFERENCES job_run (id)
);

-- What a run did (or, dry, would do) to one service. The key makes a restarted run act on a
-- service at most once.
CREATE TABLE job_outcome (
    run_id          BIGINT                   NOT NULL,
    service_id      BIGINT                   NOT NULL,
    outcome         VARCHAR(16)              NOT NULL,
    detail          VARCHAR(2000),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_outcome_pk PRIMARY KEY (run_id, service_id),
    CONSTRAINT job_outcome_run_fk FOREIGN KEY (run_id) REFERENCES job_run (id)
);
CREATE INDEX job_outcome_kind_ix ON job_outcome (run_id, outcome);
