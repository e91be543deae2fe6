CREATE TABLE "event_chain" (
	"position" bigint PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"tx_id" "xid8" NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "event_chain_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"stream_id" text NOT NULL,
	"stream_type" text NOT NULL,
	"stream_version" integer NOT NULL,
	"type" text NOT NULL,
	"schema_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"occurred_at" timestamp(3) with time zone NOT NULL,
	"recorded_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_stream_version_key" UNIQUE("stream_id","stream_version")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"recorded_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_data" (
	"event_id" bigint NOT NULL,
	"subject_id" text NOT NULL,
	"data" jsonb,
	"erased_at" timestamp(3) with time zone,
	CONSTRAINT "personal_data_event_id_subject_id_pk" PRIMARY KEY("event_id","subject_id")
);
--> statement-breakpoint
CREATE INDEX "events_tx_order_idx" ON "events" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "personal_data_subject_idx" ON "personal_data" USING btree ("subject_id");