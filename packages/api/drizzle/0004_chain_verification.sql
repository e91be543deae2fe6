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
