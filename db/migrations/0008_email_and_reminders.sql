CREATE TYPE "public"."email_state" AS ENUM('pending', 'sending', 'sent', 'failed');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'action_due_soon';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'action_overdue';--> statement-breakpoint
CREATE TABLE "action_reminders" (
	"action_item_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"due_on" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_reminders_action_item_id_kind_due_on_agency_id_pk" PRIMARY KEY("action_item_id","kind","due_on","agency_id")
);
--> statement-breakpoint
CREATE TABLE "email_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"turned_off" "notification_kind"[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "research_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_state" "email_state";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_claim_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "emailed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_reminders" ADD CONSTRAINT "action_reminders_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_reminders" ADD CONSTRAINT "action_reminders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_preferences" ADD CONSTRAINT "email_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_email_idx" ON "notifications" USING btree ("email_state","email_next_attempt_at") WHERE "notifications"."email_state" in ('pending', 'sending');--> statement-breakpoint
UPDATE "meetings" SET "research_requested_at" = "agenda_published_at" WHERE "agenda_published_at" IS NOT NULL;
