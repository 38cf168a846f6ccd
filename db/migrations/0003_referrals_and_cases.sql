CREATE TYPE "public"."case_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."match_decision" AS ENUM('pending', 'confirmed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."match_kind" AS ENUM('victim', 'perpetrator');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('draft', 'submitted', 'returned', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"status" "case_status" DEFAULT 'open' NOT NULL,
	"awaiting_meeting" boolean DEFAULT true NOT NULL,
	"last_marac_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_area_number_unique" UNIQUE("area_id","number")
);
--> statement-breakpoint
CREATE TABLE "referral_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "match_kind" NOT NULL,
	"similarity" real NOT NULL,
	"within_twelve_months" boolean NOT NULL,
	"decision" "match_decision" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_matches_unique" UNIQUE("referral_id","case_id","kind")
);
--> statement-breakpoint
CREATE TABLE "referral_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" "referral_status",
	"to_status" "referral_status" NOT NULL,
	"user_id" uuid NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"referring_agency_id" uuid NOT NULL,
	"referrer_user_id" uuid NOT NULL,
	"case_id" uuid,
	"status" "referral_status" DEFAULT 'draft' NOT NULL,
	"form" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"victim_name" text,
	"victim_aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"victim_dob" date,
	"perpetrator_name" text,
	"perpetrator_aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"perpetrator_dob" date,
	"children_in_household" integer DEFAULT 0 NOT NULL,
	"stalking" boolean DEFAULT false NOT NULL,
	"risk_checklist_id" text,
	"stalking_screen_id" text,
	"risk_score" integer DEFAULT 0 NOT NULL,
	"stalking_score" integer DEFAULT 0 NOT NULL,
	"visible_high_risk" boolean DEFAULT false NOT NULL,
	"professional_judgement" boolean DEFAULT false NOT NULL,
	"potential_escalation" boolean DEFAULT false NOT NULL,
	"repeat" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "case_number_prefix" text DEFAULT 'MARAC' NOT NULL;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "visible_high_risk_threshold" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "escalation_threshold" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_matches" ADD CONSTRAINT "referral_matches_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_matches" ADD CONSTRAINT "referral_matches_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_matches" ADD CONSTRAINT "referral_matches_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referring_agency_id_agencies_id_fk" FOREIGN KEY ("referring_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_area_idx" ON "cases" USING btree ("area_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_status_changes_referral_idx" ON "referral_status_changes" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_area_status_idx" ON "referrals" USING btree ("area_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "referrals_agency_idx" ON "referrals" USING btree ("referring_agency_id","updated_at");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_victim_dob_idx" ON "referrals" USING btree ("area_id","victim_dob");