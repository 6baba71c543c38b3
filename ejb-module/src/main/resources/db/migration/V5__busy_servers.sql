-- A module command waits while DCImanager runs an operation on the service's server (an OS install
-- still running must not be released and resold): the task knows since when it waits (the wait is
-- bounded from there), the service shows why. Same conventions as V1 to V4.
ALTER TABLE module_task ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE service ADD COLUMN waiting_for VARCHAR(500);
