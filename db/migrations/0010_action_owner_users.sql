ALTER TABLE "action_reminders" DROP CONSTRAINT "action_reminders_action_item_id_kind_due_on_agency_id_pk";--> statement-breakpoint
ALTER TABLE "action_item_updates" ADD COLUMN "previous_owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "action_reminders" ADD COLUMN "owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "action_item_updates" ADD CONSTRAINT "action_item_updates_previous_owner_user_id_users_id_fk" FOREIGN KEY ("previous_owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_reminders" ADD CONSTRAINT "action_reminders_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_owner_user_idx" ON "action_items" USING btree ("owner_user_id","status","due_on");--> statement-breakpoint
ALTER TABLE "action_reminders" ADD CONSTRAINT "action_reminders_once" UNIQUE NULLS NOT DISTINCT("action_item_id","kind","due_on","agency_id","owner_user_id");