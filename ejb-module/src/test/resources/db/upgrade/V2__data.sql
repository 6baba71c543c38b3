-- Data as a Metalcart at schema version 2 holds it: a client with a credential, a plan with a
-- price, an active paid order with its service, events, invoice, payment, module log and server
-- claim, a second service still provisioning with its module task, and an unpaid order.
-- MigrationUpgradeTest migrates a database with this content to the newest version.
INSERT INTO "metalcart".client VALUES (1, 'acme', 'ops@acme.example', 'ACME', 'admin', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0);
INSERT INTO "metalcart".api_credential VALUES (1, 'shop', 'pbkdf2$hash', 'CART', 'shop cart', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0);
INSERT INTO "metalcart".product VALUES (1, 'DS Basic', 'DEDICATED_SERVER', NULL, 'USD', 'cfg-basic', 'Debian 12', NULL, FALSE, 1, 0, 'public', NULL, 'ON_PAYMENT', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0);
INSERT INTO "metalcart".product_price VALUES (1, 0, 'MONTHLY', 89.00, 49.00);
INSERT INTO "metalcart".customer_order VALUES (1, '1000000001', 1, 'ACTIVE', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', 'key-1', 'digest-1', 1);
INSERT INTO "metalcart".customer_order VALUES (2, '1000000002', 1, 'PENDING', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, NULL, 0);
INSERT INTO "metalcart".service (id, order_id, client_id, product_id, billing_cycle, recurring_amount, hostname, server_password, status, next_due_date, dcim_account_id, dcim_account_name, server_id, server_name, ips, created_by, created_at, activated_at, version)
  VALUES (1, 1, 1, 1, 'MONTHLY', 89.00, 'srv1.acme.example', NULL, 'ACTIVE', DATE '2026-11-02', '1002', 'ops@acme.example', '1011', 'ds-101', '203.0.113.10,203.0.113.11', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', 3);
INSERT INTO "metalcart".service (id, order_id, client_id, product_id, billing_cycle, recurring_amount, hostname, server_password, status, next_due_date, provisioning_step, last_error, created_by, created_at, version)
  VALUES (2, 2, 1, 1, 'MONTHLY', 89.00, 'srv2.acme.example', 'sealed:abc', 'PENDING', DATE '2026-11-20', 'SERVER', 'no free server', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', 1);
INSERT INTO "metalcart".service_event VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', 'module', 'ACTIVATED', 'server ds-101');
INSERT INTO "metalcart".invoice VALUES (1, 1, 1, 'FIRST', 'PAID', 'USD', 138.00, DATE '2026-10-02', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:01:00+00', 1);
INSERT INTO "metalcart".invoice VALUES (2, 1, 2, 'FIRST', 'UNPAID', 'USD', 138.00, DATE '2026-10-20', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, 0);
INSERT INTO "metalcart".invoice_line VALUES (1, 0, 1, 'DS Basic (srv1.acme.example)', 138.00);
INSERT INTO "metalcart".invoice_line VALUES (2, 0, 2, 'DS Basic (srv2.acme.example)', 138.00);
INSERT INTO "metalcart".payment VALUES (1, 1, 'stripe', 'tx-1', 138.00, 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:01:00+00');
INSERT INTO "metalcart".module_task VALUES (2, 'CREATE', 'QUEUED', 'SERVER', 'no free server', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-10-20 09:10:00+00', NULL, NULL, 2, 2);
INSERT INTO "metalcart".server_claim VALUES ('1011', 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:02:00+00');
INSERT INTO "metalcart".module_log VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:02:00+00', 'CREATE', 'POST /dci/v3/server/1011/owner', '{"owner":1002}', '{"id":1011}', 'OK', 120);
