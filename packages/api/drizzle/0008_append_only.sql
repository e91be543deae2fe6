-- The event log, its hash chain and the signed checkpoints are append-only: no UPDATE, DELETE or
-- TRUNCATE, whoever asks (the owner included). Only a superuser or the tables' owner can get past
-- this, by disabling the trigger explicitly (ALTER TABLE … DISABLE TRIGGER, or
-- session_replication_role = replica) — and then signed checkpoints and event MACs expose it.
CREATE OR REPLACE FUNCTION fahrplan_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Fahrplan: % on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'History is never rewritten: append a correcting event instead.';
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION fahrplan_refuse_rewrite();
--> statement-breakpoint
CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON event_chain
  FOR EACH STATEMENT EXECUTE FUNCTION fahrplan_refuse_rewrite();
--> statement-breakpoint
CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION fahrplan_refuse_rewrite();
--> statement-breakpoint
-- Nobody but the owner gets to change them by grant either (see `pnpm fahrplan db-role`).
REVOKE UPDATE, DELETE, TRUNCATE ON events, event_chain, checkpoints FROM PUBLIC;
