-- Staff roles and two-factor sign-in.
-- role: what a member of staff may do in the console (admin, support, billing, read-only; see
-- org.metalcart.security.Permission). Accounts from before roles existed could do everything, so
-- they stay administrators. session_epoch counts changes of role, password and second factor: a
-- session signed in under an older count ends at its next request.
-- totp_secret: the sealed TOTP secret (RFC 6238), null while the account signs in with its
-- password alone; totp_last_step: the time step of the last code accepted (a code is good once);
-- recovery_codes: digests of the unused single-use recovery codes, one per line.
-- Same conventions as V1 to V10.
ALTER TABLE staff_account ADD COLUMN role VARCHAR(16) DEFAULT 'ADMIN' NOT NULL;
ALTER TABLE staff_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(512);
ALTER TABLE staff_account ADD COLUMN totp_enabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE staff_account ADD COLUMN recovery_codes VARCHAR(2000);
