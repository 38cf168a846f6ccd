ALTER TYPE "public"."notification_kind" ADD VALUE 'action_assigned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'referral_returned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'research_requested';--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "action_item_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;