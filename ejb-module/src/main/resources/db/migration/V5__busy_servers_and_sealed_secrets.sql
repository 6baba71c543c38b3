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
