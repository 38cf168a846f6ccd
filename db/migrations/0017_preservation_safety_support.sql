ALTER TYPE "public"."notification_kind" ADD VALUE 'preservation_deadline_near';--> statement-breakpoint
ALTER TABLE "support_services" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "support_services" DROP COLUMN "national";