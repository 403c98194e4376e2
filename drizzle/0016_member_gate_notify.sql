-- The member gate (lib/auth/member-gate.ts) reads a session's user, membership and sign-out before serving the
-- members' page copy. Where the database runs inside the server's process (PGlite) it keeps what it read, and
-- this tells it to forget: every write to those tables, by any code path, notifies on commit.
CREATE FUNCTION member_gate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('member_gate', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_member_gate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION member_gate_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_member_gate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships"
  FOR EACH STATEMENT EXECUTE FUNCTION member_gate_changed();
--> statement-breakpoint
CREATE TRIGGER revoked_sessions_member_gate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "revoked_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION member_gate_changed();
