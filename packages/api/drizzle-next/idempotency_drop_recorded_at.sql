-- CONTRACT for `0010_idempotency_used_at` (the expand step). NOT a migration of this release:
-- it becomes the NEXT release's migration (`pnpm exec drizzle-kit generate --custom --name
-- idempotency_drop_recorded_at`, this text pasted in, `recordedAt` removed from schema.ts), and may
-- run only when no process of the release before 0010 is left: those read and write
-- `recorded_at`, and fail on every write with an idempotency key once it is gone. This release's
-- code uses only `used_at`, so its processes keep working beside the next release's.
-- Tested in src/event-store/expand-contract.int.spec.ts and src/database/rolling-upgrade.e2e.spec.ts.
DROP TRIGGER "idempotency_keys_used_at" ON "idempotency_keys";
--> statement-breakpoint
DROP FUNCTION fahrplan_idempotency_keys_used_at();
--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP COLUMN "recorded_at";
