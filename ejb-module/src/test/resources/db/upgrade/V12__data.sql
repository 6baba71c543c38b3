-- Data as a Metalcart at schema version 12 holds it: version 11's rows (see V11__data.sql), with what
-- version 12 added: the cart credential was rotated (its previous secret still good for a while)
-- and used, and a second, staff credential expires, is limited to two networks and is revoked.
-- MigrationUpgradeTest migrates a database with this content to the newest version.
INSERT INTO "metalcart".client VALUES (1, 'acme', 'ops@acme.example', 'ACME', 'admin', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0);
INSERT INTO "metalcart".api_credential (id, identifier, secret_hash, role, label, created_at, version, expires_at, revoked_at, previous_secret_hash, previous_secret_until, last_used_at, last_used_from, allowed_addresses)
  VALUES (1, 'shop', 'pbkdf2$hash2', 'CART', 'shop cart', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 1, NULL, NULL, 'pbkdf2$hash', TIMESTAMP WITH TIME ZONE '2026-12-05 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-04 09:00:00+00', '198.51.100.7', NULL);
INSERT INTO "metalcart".api_credential (id, identifier, secret_hash, role, label, created_at, version, expires_at, revoked_at, previous_secret_hash, previous_secret_until, last_used_at, last_used_from, allowed_addresses)
  VALUES (2, 'billing-script', 'pbkdf2$hash3', 'BILLING', NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', NULL, NULL, NULL, NULL, '192.0.2.0/24,2001:db8::/32');
INSERT INTO "metalcart".product VALUES (1, 'DS Basic', 'DEDICATED_SERVER', NULL, 'USD', 'cfg-basic', 'Debian 12', NULL, FALSE, 1, 0, 'public', NULL, 'ON_PAYMENT', TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0, 'REFUSE', 2, NULL);
INSERT INTO "metalcart".product_price VALUES (1, 0, 'MONTHLY', 89.00, 49.00);
INSERT INTO "metalcart".customer_order VALUES (1, '1000000001', 1, 'ACTIVE', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', 'key-1', 'digest-1', 1);
INSERT INTO "metalcart".customer_order VALUES (2, '1000000002', 1, 'PENDING', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, NULL, 0);
INSERT INTO "metalcart".service (id, order_id, client_id, product_id, billing_cycle, recurring_amount, hostname, server_password, status, next_due_date, dcim_account_id, dcim_account_name, server_id, server_name, ips, created_by, created_at, activated_at, version)
  VALUES (1, 1, 1, 1, 'MONTHLY', 89.00, 'srv1.acme.example', NULL, 'ACTIVE', DATE '2026-11-02', '1002', 'ops@acme.example', '1011', 'ds-101', '203.0.113.10,203.0.113.11', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', 3);
INSERT INTO "metalcart".service (id, order_id, client_id, product_id, billing_cycle, recurring_amount, hostname, server_password, status, next_due_date, provisioning_step, last_error, created_by, created_at, version)
  VALUES (2, 2, 1, 1, 'MONTHLY', 89.00, 'srv2.acme.example', 'sealed:abc', 'PENDING', DATE '2026-11-20', 'SERVER', 'no free server', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', 1);
INSERT INTO "metalcart".service_event VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', 'module', 'ACTIVATED', 'server ds-101');
INSERT INTO "metalcart".invoice (id, client_id, order_id, kind, status, currency, total, due_date, created_by, created_at, paid_at, version) VALUES (1, 1, 1, 'FIRST', 'PAID', 'USD', 138.00, DATE '2026-10-02', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:01:00+00', 1);
INSERT INTO "metalcart".invoice (id, client_id, order_id, kind, status, currency, total, due_date, created_by, created_at, paid_at, version) VALUES (2, 1, 2, 'FIRST', 'UNPAID', 'USD', 138.00, DATE '2026-10-20', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, 0);
INSERT INTO "metalcart".invoice_line VALUES (1, 0, 1, 'DS Basic (srv1.acme.example)', 138.00);
INSERT INTO "metalcart".invoice_line VALUES (2, 0, 2, 'DS Basic (srv2.acme.example)', 138.00);
INSERT INTO "metalcart".payment VALUES (1, 1, 'stripe', 'tx-1', 138.00, 'shop', TIMESTAMP WITH TIME ZONE '2026-10-02 09:01:00+00');
INSERT INTO "metalcart".module_task (service_id, command, state, step, detail, requested_by, requested_at, started_at, install_started_at, base_ip_ids, next_run_at, lease_holder, lease_until, attempts, version) VALUES (2, 'CREATE', 'QUEUED', 'SERVER', 'no free server', 'shop', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-10-20 09:10:00+00', NULL, NULL, 2, 2);
INSERT INTO "metalcart".server_claim VALUES ('1011', 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:02:00+00');
INSERT INTO "metalcart".module_log VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:02:00+00', 'CREATE', 'POST /dci/v3/server/1011/owner', '{"owner":1002}', '{"id":1011}', 'OK', 120);
INSERT INTO "metalcart".customer_order VALUES (3, '1000000003', 1, 'ACTIVE', 'shop', TIMESTAMP WITH TIME ZONE '2026-09-01 09:00:00+00', NULL, NULL, 1);
INSERT INTO "metalcart".service (id, order_id, client_id, product_id, billing_cycle, recurring_amount, hostname, server_password, status, suspend_reason, suspended_at, next_due_date, dcim_account_id, dcim_account_name, server_id, server_name, ips, created_by, created_at, activated_at, version)
  VALUES (3, 3, 1, 1, 'MONTHLY', 89.00, 'srv3.acme.example', NULL, 'SUSPENDED', 'OVERDUE', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:00+00', DATE '2026-10-01', '1002', 'ops@acme.example', '1012', 'ds-102', '203.0.113.12', 'shop', TIMESTAMP WITH TIME ZONE '2026-09-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-09-01 09:05:00+00', 4);
INSERT INTO "metalcart".invoice (id, client_id, order_id, kind, status, currency, total, due_date, created_by, created_at, paid_at, version, service_id, period_start)
  VALUES (3, 1, 3, 'RENEWAL', 'UNPAID', 'USD', 89.00, DATE '2026-10-01', 'renewal-invoices', TIMESTAMP WITH TIME ZONE '2026-09-24 00:05:00+00', NULL, 0, 3, DATE '2026-10-01');
INSERT INTO "metalcart".invoice_line VALUES (3, 0, 3, 'DS Basic (srv3.acme.example) 2026-10-01 - 2026-10-31', 89.00);
INSERT INTO "metalcart".module_task (service_id, command, state, step, detail, requested_by, requested_at, next_run_at, attempts, version, then_renew)
  VALUES (3, 'SUSPEND', 'DONE', 'BLOCK', NULL, 'expiry-block', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:00+00', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:00+00', 1, 2, TRUE);
INSERT INTO "metalcart".server_claim VALUES ('1012', 3, TIMESTAMP WITH TIME ZONE '2026-09-01 09:02:00+00');
INSERT INTO "metalcart".job_run (id, job_name, dry_run, forced, status, reason, requested_by, night, as_of, started_at, ended_at, execution_id, lease_holder, lease_until, version)
  VALUES (1, 'expiry-block', FALSE, FALSE, 'COMPLETED', NULL, 'schedule', DATE '2026-10-05', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:00+00', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:00+00', TIMESTAMP WITH TIME ZONE '2026-10-05 00:11:00+00', 7, NULL, NULL, 3);
INSERT INTO "metalcart".job_run (id, job_name, dry_run, forced, status, reason, requested_by, night, as_of, started_at, ended_at, execution_id, lease_holder, lease_until, version)
  VALUES (2, 'release-unpaid', TRUE, FALSE, 'COMPLETED', NULL, 'admin', NULL, TIMESTAMP WITH TIME ZONE '2026-10-20 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-20 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-20 12:00:05+00', 8, NULL, NULL, 2);
UPDATE "metalcart".job_lease SET run_id = 2, lease_until = NULL WHERE job_name = 'release-unpaid';
INSERT INTO "metalcart".job_partition VALUES (1, 0, 1, 3, 3, 3);
INSERT INTO "metalcart".job_partition VALUES (2, 0, 1, 3, 3, 3);
INSERT INTO "metalcart".job_outcome VALUES (1, 3, 'DONE', 'due 2026-10-01, 4 days overdue', TIMESTAMP WITH TIME ZONE '2026-10-05 00:10:30+00');
INSERT INTO "metalcart".job_outcome VALUES (2, 3, 'WOULD', 'would release: suspended 15 days', TIMESTAMP WITH TIME ZONE '2026-10-20 12:00:02+00');
INSERT INTO "metalcart".staff_account VALUES (1, 'ops', 'pbkdf2$staff-hash', 'Operations', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 08:00:00+00', 2, 'BILLING', 3, 'sealed:totp', TIMESTAMP WITH TIME ZONE '2026-11-21 08:00:00+00', 59012345, 'digest-1');
UPDATE "metalcart".module_task SET waiting_since = TIMESTAMP WITH TIME ZONE '2026-10-20 09:05:00+00' WHERE service_id = 2;
UPDATE "metalcart".service SET waiting_for = 'an OS install runs on the server' WHERE id = 2;
INSERT INTO "metalcart".job_run (id, job_name, dry_run, forced, status, reason, requested_by, night, as_of, started_at, ended_at, execution_id, lease_holder, lease_until, version)
  VALUES (3, 'reconcile', TRUE, FALSE, 'COMPLETED', NULL, 'schedule', DATE '2026-11-21', TIMESTAMP WITH TIME ZONE '2026-11-21 01:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 01:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 01:00:09+00', 9, NULL, NULL, 2);
INSERT INTO "metalcart".drift_finding VALUES (1, 3, 'ORPHAN_SERVER', '1013', NULL, '1002', NULL, NULL, 'owned by ops@acme.example, held by no live service', 'REPORTED', TIMESTAMP WITH TIME ZONE '2026-11-21 01:00:05+00');
INSERT INTO "metalcart".domain_event VALUES (1, 'service.status_changed', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', 'service', 1, 1, 'shop', '{"from":"PENDING","to":"ACTIVE"}');
INSERT INTO "metalcart".outgoing_mail (id, template, event_type, subject_kind, subject_id, client_id, visible_to, recipient, mail_subject, body, status, unless_paid_invoice_id, created_at, sent_at, last_error, state, next_run_at, lease_holder, lease_until, attempts, version)
  VALUES (1, 'welcome', 'service.status_changed', 'service', 1, 1, 'shop', 'ops@acme.example', 'Your dedicated server srv1.acme.example is ready', 'Dear ACME, ...', 'SENT', NULL, TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:01+00', NULL, 'DONE', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', NULL, NULL, 0, 2);
INSERT INTO "metalcart".webhook_endpoint (id, url, event_types, description, secret, owner, sees_all, enabled, created_at, version)
  VALUES (1, 'https://shop.example/metalcart-hook', 'service.status_changed,invoice.paid', 'shop events', 'sealed:whsec', 'shop', FALSE, TRUE, TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', 0);
INSERT INTO "metalcart".webhook_delivery (id, endpoint_id, event_id, event_type, body, status, created_at, delivered_at, last_status, last_error, state, next_run_at, lease_holder, lease_until, attempts, version)
  VALUES (1, 1, 1, 'service.status_changed', '{"id":"evt_1","type":"service.status_changed"}', 'DELIVERED', TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:00+00', TIMESTAMP WITH TIME ZONE '2026-10-02 09:06:00+00', 200, NULL, 'DONE', TIMESTAMP WITH TIME ZONE '2026-10-02 09:06:00+00', NULL, NULL, 1, 3);
INSERT INTO "metalcart".webhook_attempt (id, delivery_id, attempted_at, status_code, duration_ms, error) VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:05:01+00', 503, 40, 'HTTP 503');
INSERT INTO "metalcart".webhook_attempt (id, delivery_id, attempted_at, status_code, duration_ms, error) VALUES (2, 1, TIMESTAMP WITH TIME ZONE '2026-10-02 09:06:00+00', 200, 35, NULL);
INSERT INTO "metalcart".outgoing_mail (id, template, event_type, subject_kind, subject_id, client_id, visible_to, recipient, mail_subject, body, status, unless_paid_invoice_id, created_at, sent_at, last_error, state, next_run_at, lease_holder, lease_until, attempts, version, attempt_started_at)
  VALUES (2, 'invoice-issued', 'invoice.issued', 'invoice', 2, 1, 'shop', 'ops@acme.example', 'Invoice 2', 'Dear ACME, ...', 'QUEUED', NULL, TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', NULL, NULL, 'RUNNING', TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:00+00', 'node-a/1', TIMESTAMP WITH TIME ZONE '2026-10-20 09:02:00+00', 0, 1, TIMESTAMP WITH TIME ZONE '2026-10-20 09:00:01+00');
