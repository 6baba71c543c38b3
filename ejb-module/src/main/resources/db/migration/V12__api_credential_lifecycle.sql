-- API credentials with a lifecycle. expires_at: it opens nothing after that (null: never);
-- revoked_at: revoked, kept for the record; previous_secret_hash / previous_secret_until: the
-- secret a rotation replaced, still good until then (two valid secrets during the overlap);
-- last_used_at / last_used_from: when and from which address it last authenticated (to within the
-- verification cache's 15 s); allowed_addresses: the client addresses and networks (CIDR,
-- comma-separated) it may be used from (null: any). Same conventions as V1 to V11.
ALTER TABLE api_credential ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_credential ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_credential ADD COLUMN previous_secret_hash VARCHAR(512);
ALTER TABLE api_credential ADD COLUMN previous_secret_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_credential ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_credential ADD COLUMN last_used_from VARCHAR(64);
ALTER TABLE api_credential ADD COLUMN allowed_addresses VARCHAR(2000);
