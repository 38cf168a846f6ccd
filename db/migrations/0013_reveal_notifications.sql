ALTER TYPE "public"."notification_kind" ADD VALUE 'protected_details_revealed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'reveal_limit_reached';--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;