ALTER TYPE "public"."agency_type" ADD VALUE 'primary_care';--> statement-breakpoint
ALTER TYPE "public"."agency_type" ADD VALUE 'secondary_care';--> statement-breakpoint
ALTER TYPE "public"."agency_type" ADD VALUE 'voluntary_sector';--> statement-breakpoint
ALTER TYPE "public"."agency_type" ADD VALUE 'mash';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'steering_group';--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "adult_female_population" integer;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "joint_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_joint_agency_id_agencies_id_fk" FOREIGN KEY ("joint_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_joint_agency_idx" ON "referrals" USING btree ("joint_agency_id") WHERE "referrals"."joint_agency_id" is not null;