CREATE TABLE "followers" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"email" text,
	"subject_id" text,
	"language" text NOT NULL,
	"mode" text DEFAULT 'immediate' NOT NULL,
	"manage_token" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	CONSTRAINT "followers_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "followers_manage_token_unique" UNIQUE("manage_token"),
	CONSTRAINT "followers_mode_check" CHECK ("followers"."mode" IN ('immediate', 'daily', 'weekly')),
	CONSTRAINT "followers_language_check" CHECK ("followers"."language" IN ('de', 'en')),
	CONSTRAINT "followers_who_check" CHECK ("followers"."user_id" IS NOT NULL OR "followers"."email" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" text PRIMARY KEY NOT NULL,
	"follower_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"confirmation_hash" text,
	"confirm_by" timestamp(3) with time zone,
	"from_position" bigint NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	CONSTRAINT "follows_target_unique" UNIQUE("follower_id","target_kind","target_id"),
	CONSTRAINT "follows_status_check" CHECK ("follows"."status" IN ('pending', 'active')),
	CONSTRAINT "follows_source_check" CHECK ("follows"."source" IN ('public', 'member', 'consultation'))
);
--> statement-breakpoint
CREATE TABLE "notification_cursor" (
	"id" text PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp(3) with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_digest" (
	"follower_id" text NOT NULL,
	"position" bigint NOT NULL,
	"due_at" timestamp(3) with time zone NOT NULL,
	"line" text NOT NULL,
	"link" text NOT NULL,
	CONSTRAINT "notification_digest_follower_id_position_pk" PRIMARY KEY("follower_id","position")
);
--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_follower_id_followers_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."followers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digest" ADD CONSTRAINT "notification_digest_follower_id_followers_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."followers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "followers_email_idx" ON "followers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "followers_subject_idx" ON "followers" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "follows_target_idx" ON "follows" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "notification_digest_due_idx" ON "notification_digest" USING btree ("due_at");