ALTER TABLE "audit_events" ADD COLUMN "case_ids" uuid[];--> statement-breakpoint
CREATE INDEX "audit_events_case_idx" ON "audit_events" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_case_ids_idx" ON "audit_events" USING gin ("case_ids");