-- PostgreSQL only (the production database): the audit trail refuses UPDATE, DELETE and TRUNCATE,
-- whoever sends them, so that a mistake or a hand with SQL access to the application's own user
-- cannot quietly rewrite it. An operator who must remove entries (a retention policy) drops the
-- trigger deliberately, which itself leaves a trace in the server's log when DDL is logged.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on audit_entry refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
