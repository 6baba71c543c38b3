-- Staff who sign in to the admin console, and an index for its client pages. Staff accounts are
-- separate from api_credential: people choose these passwords and type them into a form; programs
-- present API secrets. Same conventions as V1 to V3.
CREATE SEQUENCE staff_account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_account (
    id              BIGINT                   NOT NULL,
    username        VARCHAR(64)              NOT NULL,
    password_hash   VARCHAR(512)             NOT NULL,
    display_name    VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT staff_account_pk PRIMARY KEY (id),
    CONSTRAINT staff_account_username_uk UNIQUE (username)
);


-- The console's Products/Services tab lists a client's services newest first: without this index
-- the database walked the whole service table by id to find them (ConsoleBenchmark: 61 ms a page
-- with 100,000 services).
CREATE INDEX service_client_newest_ix ON service (client_id, id);
