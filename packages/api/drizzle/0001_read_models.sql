CREATE TABLE "item_versions" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"action_field_ids" text[] NOT NULL,
	"state" jsonb NOT NULL,
	"search" "tsvector" NOT NULL,
	"event_id" bigint NOT NULL,
	"event_type" text NOT NULL,
	"occurred_at" timestamp(3) with time zone NOT NULL,
	"valid_from" timestamp(3) with time zone NOT NULL,
	"valid_to" timestamp(3) with time zone,
	CONSTRAINT "item_versions_kind_id_version_pk" PRIMARY KEY("kind","id","version")
);
--> statement-breakpoint
CREATE TABLE "provenance_edges" (
	"relation" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"added_event_id" bigint NOT NULL,
	"added_at" timestamp(3) with time zone NOT NULL,
	"removed_event_id" bigint,
	"removed_at" timestamp(3) with time zone
);
--> statement-breakpoint
CREATE INDEX "item_versions_current_idx" ON "item_versions" USING btree ("kind","status") WHERE valid_to IS NULL;--> statement-breakpoint
CREATE INDEX "item_versions_time_idx" ON "item_versions" USING btree ("kind","valid_from");--> statement-breakpoint
CREATE INDEX "item_versions_search_idx" ON "item_versions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "item_versions_fields_idx" ON "item_versions" USING gin ("action_field_ids");--> statement-breakpoint
CREATE INDEX "provenance_edges_source_idx" ON "provenance_edges" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "provenance_edges_target_idx" ON "provenance_edges" USING btree ("target_id");