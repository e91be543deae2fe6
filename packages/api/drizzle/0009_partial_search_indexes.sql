DROP INDEX "item_versions_search_idx";--> statement-breakpoint
DROP INDEX "item_versions_search_text_idx";--> statement-breakpoint
DROP INDEX "item_versions_fields_idx";--> statement-breakpoint
CREATE INDEX "item_versions_search_idx" ON "item_versions" USING gin ("search") WHERE valid_to IS NULL;--> statement-breakpoint
CREATE INDEX "item_versions_search_text_idx" ON "item_versions" USING gin ("search_text" gin_trgm_ops) WHERE valid_to IS NULL;--> statement-breakpoint
CREATE INDEX "item_versions_fields_idx" ON "item_versions" USING gin ("action_field_ids") WHERE valid_to IS NULL;