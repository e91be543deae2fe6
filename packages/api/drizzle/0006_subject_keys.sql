CREATE TABLE "subject_keys" (
	"subject_id" text PRIMARY KEY NOT NULL,
	"key" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"shredded_at" timestamp(3) with time zone
);
