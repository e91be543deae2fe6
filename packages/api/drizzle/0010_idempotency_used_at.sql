-- EXPAND (rolling-safe): `idempotency_keys.recorded_at` is renamed to `used_at`, the caller's clock
-- it always held (it never was the server's recording time). The previous release keeps reading
-- and writing `recorded_at` while this release's processes start beside it, so both columns stay
-- and a trigger keeps them equal whichever one a process writes. This release's code uses only
-- `used_at`; the next release drops `recorded_at` and the trigger (drizzle-next/, infra/RUNBOOK.md).
ALTER TABLE "idempotency_keys" ADD COLUMN "used_at" timestamp(3) with time zone;
--> statement-breakpoint
CREATE FUNCTION fahrplan_idempotency_keys_used_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.used_at := coalesce(NEW.used_at, NEW.recorded_at);
    NEW.recorded_at := coalesce(NEW.recorded_at, NEW.used_at);
  ELSIF NEW.used_at IS DISTINCT FROM OLD.used_at THEN
    NEW.recorded_at := NEW.used_at;
  ELSIF NEW.recorded_at IS DISTINCT FROM OLD.recorded_at THEN
    -- The previous release took an expired key over: it set only `recorded_at`.
    NEW.used_at := NEW.recorded_at;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER idempotency_keys_used_at BEFORE INSERT OR UPDATE ON "idempotency_keys"
  FOR EACH ROW EXECUTE FUNCTION fahrplan_idempotency_keys_used_at();
--> statement-breakpoint
-- Backfill (the table holds about a day of keys), then the constraint: NOT NULL is checked after
-- the trigger, so the previous release's inserts without `used_at` still pass.
UPDATE "idempotency_keys" SET "used_at" = "recorded_at" WHERE "used_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "used_at" SET NOT NULL;
