-- Trigram matching finds word parts inside German compounds ("Weiterbildung" in
-- "Weiterbildungsverbünde"); PGlite is handed the extension in connect.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "search_text" text NOT NULL DEFAULT '';--> statement-breakpoint
-- Existing rows get the text the projection would write (summary.ts: TEXT_FIELDS, folded as in
-- search-text.ts), so no rebuild is needed.
UPDATE "item_versions" SET "search_text" = replace(replace(replace(replace(
  lower(replace(replace(replace(normalize(concat_ws(E'\n',
    CASE WHEN jsonb_typeof(state->'title') = 'string' THEN state->>'title' END,
    CASE WHEN jsonb_typeof(state->'body') = 'string' THEN state->>'body' END,
    CASE WHEN jsonb_typeof(state->'text') = 'string' THEN state->>'text' END,
    CASE WHEN jsonb_typeof(state->'description') = 'string' THEN state->>'description' END,
    CASE WHEN jsonb_typeof(state->'summary') = 'string' THEN state->>'summary' END,
    CASE WHEN jsonb_typeof(state->'owner') = 'string' THEN state->>'owner' END,
    CASE WHEN jsonb_typeof(state->'place') = 'string' THEN state->>'place' END
  ), NFC), 'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue')),
  'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss');--> statement-breakpoint
ALTER TABLE "item_versions" ALTER COLUMN "search_text" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "item_versions_search_text_idx" ON "item_versions" USING gin ("search_text" gin_trgm_ops);
