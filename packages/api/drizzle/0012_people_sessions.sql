CREATE TABLE "accounts" (
	"user_id" text PRIMARY KEY NOT NULL,
	"email_hash" text NOT NULL,
	"password_hash" text,
	"setup_hash" text,
	"setup_expires_at" timestamp(3) with time zone,
	"oidc_subject" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_email_hash_unique" UNIQUE("email_hash"),
	CONSTRAINT "accounts_setup_hash_unique" UNIQUE("setup_hash"),
	CONSTRAINT "accounts_oidc_subject_unique" UNIQUE("oidc_subject")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"csrf_hash" text NOT NULL,
	"created_at" timestamp(3) with time zone NOT NULL,
	"last_seen_at" timestamp(3) with time zone NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"revoked_at" timestamp(3) with time zone
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "owner_user_id" text;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "owner_organisation" text;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");