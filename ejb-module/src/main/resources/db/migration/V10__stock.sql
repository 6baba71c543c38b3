-- Stock and retirement of plans. A retired plan (retired_at set) takes no new orders; the services
-- sold on it go on as before.
-- Stock: what a plan does when DCImanager has no free server for it. WAIT accepts the order and
-- lets the service wait Pending for a server (what Metalcart always did, the default); REFUSE
-- refuses it with an out-of-stock problem. Below low_stock_threshold free servers the dashboard
-- warns (0: never). Same conventions as V1 to V9.
ALTER TABLE product ADD COLUMN stock_policy VARCHAR(16) DEFAULT 'WAIT' NOT NULL;
ALTER TABLE product ADD COLUMN low_stock_threshold INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE product ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
