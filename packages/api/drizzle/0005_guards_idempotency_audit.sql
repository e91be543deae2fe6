-- Keys were scoped only by caller; their first use's command and input are unknown, so they are
-- forgotten (they would expire within 24 hours under the new rule anyway).
DELETE FROM "idempotency_keys";--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_pkey";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "recorded_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "caller" text NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "command" text NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "fingerprint" text NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_caller_key_pk" PRIMARY KEY("caller","key");
--> statement-breakpoint
CREATE TABLE "chain_verification" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"position" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"tx_id" "xid8" NOT NULL,
	"hash" text NOT NULL,
	"verified_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"finding" jsonb,
	CONSTRAINT "chain_verification_one_row" CHECK ("chain_verification"."id")
);
