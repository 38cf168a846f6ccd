ALTER TABLE "agenda_items" DROP COLUMN "section";--> statement-breakpoint
DROP TYPE "public"."agenda_section";