ALTER TABLE "action_items" ADD COLUMN "closed_on" date GENERATED ALWAYS AS ((closed_at at time zone 'Europe/London')::date) STORED;--> statement-breakpoint
CREATE INDEX "cases_area_last_marac_idx" ON "cases" USING btree ("area_id","last_marac_on");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_area_open_idx" ON "action_items" USING btree ("area_id") WHERE "action_items"."status" in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","kind") WHERE "notifications"."read_at" is null;