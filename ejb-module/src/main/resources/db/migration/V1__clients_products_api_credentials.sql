-- Clients, tariff plans with their prices, and API credentials.
-- One file for H2 and PostgreSQL: plain SQL both understand. Sequences step by 50, the
-- allocationSize of the entities' generators. Names avoid words H2 2 reserves (key, value, user, order).

CREATE SEQUENCE client_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client (
    id          BIGINT                   NOT NULL,
    username    VARCHAR(32)              NOT NULL,
    email       VARCHAR(254)             NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT client_pk PRIMARY KEY (id),
    CONSTRAINT client_username_uk UNIQUE (username),
    CONSTRAINT client_email_uk UNIQUE (email)
);

CREATE SEQUENCE product_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE product (
    id                    BIGINT                   NOT NULL,
    name                  VARCHAR(200)             NOT NULL,
    type                  VARCHAR(32)              NOT NULL,
    description           VARCHAR(2000),
    currency              VARCHAR(3)               NOT NULL,
    package_name          VARCHAR(128)             NOT NULL,
    os_template           VARCHAR(128)             NOT NULL,
    recipe                VARCHAR(128),
    dont_wait_os_install  BOOLEAN                  NOT NULL,
    ipv4_count            INTEGER                  NOT NULL,
    ipv6_count            INTEGER                  NOT NULL,
    ip_pool               VARCHAR(128)             NOT NULL,
    domain_template       VARCHAR(253),
    auto_setup            VARCHAR(16)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT product_pk PRIMARY KEY (id),
    CONSTRAINT product_name_uk UNIQUE (name),
    CONSTRAINT product_ip_counts_ck CHECK (ipv4_count >= 0 AND ipv6_count >= 0)
);

CREATE TABLE product_price (
    product_id     BIGINT         NOT NULL,
    price_index    INTEGER        NOT NULL,
    billing_cycle  VARCHAR(16)    NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    setup_fee      NUMERIC(12, 2) NOT NULL,
    CONSTRAINT product_price_pk PRIMARY KEY (product_id, price_index),
    CONSTRAINT product_price_cycle_uk UNIQUE (product_id, billing_cycle),
    CONSTRAINT product_price_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT product_price_not_negative_ck CHECK (amount >= 0 AND setup_fee >= 0)
);

CREATE SEQUENCE api_credential_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_credential (
    id           BIGINT                   NOT NULL,
    identifier   VARCHAR(64)              NOT NULL,
    secret_hash  VARCHAR(512)             NOT NULL,
    role         VARCHAR(16)              NOT NULL,
    label        VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT api_credential_pk PRIMARY KEY (id),
    CONSTRAINT api_credential_identifier_uk UNIQUE (identifier)
);
