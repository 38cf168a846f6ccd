CREATE TYPE "public"."order_event_kind" AS ENUM('applied', 'made', 'served', 'varied', 'renewed', 'discharged', 'subject_notified');--> statement-breakpoint
CREATE TYPE "public"."protective_order_type" AS ENUM('spo_interim', 'spo_full', 'restraining_order_conviction', 'restraining_order_acquittal', 'pha_injunction', 'non_molestation_order', 'occupation_order', 'dvpn', 'dvpo', 'dapn', 'dapo');--> statement-breakpoint
CREATE TYPE "public"."incident_channel" AS ENUM('in_person', 'phone_call', 'text_message', 'email', 'social_media', 'messaging_app', 'tracking_device', 'third_party', 'property_damage', 'other');--> statement-breakpoint
CREATE TYPE "public"."occurred_precision" AS ENUM('exact', 'day', 'range', 'about');--> statement-breakpoint
CREATE TYPE "public"."stalking_behaviour" AS ENUM('following', 'contacting', 'publishing', 'monitoring', 'loitering', 'interfering_with_property', 'watching', 'threats', 'by_proxy');--> statement-breakpoint
CREATE TYPE "public"."preservation_status" AS ENUM('drafted', 'sent', 'acknowledged', 'preserved', 'disclosed', 'expired');--> statement-breakpoint
CREATE TYPE "public"."crime_recording" AS ENUM('not_recorded', 'harassment_s2', 'stalking_s2a', 'fear_of_violence_s4', 'stalking_s4a', 'coercive_control_s76', 'malicious_communications', 'other');--> statement-breakpoint
CREATE TYPE "public"."crime_recording_review_answer" AS ENUM('changed', 'kept');--> statement-breakpoint
CREATE TYPE "public"."safety_item_status" AS ENUM('not_started', 'in_progress', 'done', 'not_applicable');--> statement-breakpoint
CREATE TABLE "order_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" "order_event_kind" NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"previous" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_agency_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protective_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"type" "protective_order_type" NOT NULL,
	"court" text,
	"reference" text,
	"applied_on" date,
	"made_on" date,
	"served_on" date,
	"expires_on" date,
	"discharged_on" date,
	"conditions" text,
	"protected_people" text,
	"subject_notified_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_numbers" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"occurred_precision" "occurred_precision" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_until" timestamp with time zone,
	"channel" "incident_channel" NOT NULL,
	"platform" text,
	"account" text,
	"url" text,
	"summary" text NOT NULL,
	"behaviours" "stalking_behaviour"[] DEFAULT '{}' NOT NULL,
	"original_kept_at" text,
	"witnesses" text,
	"breach_of_order_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_agency_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"correction_reason" text,
	CONSTRAINT "incident_versions_incident_version_unique" UNIQUE("incident_id","version"),
	CONSTRAINT "incident_versions_range" CHECK (("incident_versions"."occurred_precision" = 'range') = ("incident_versions"."occurred_until" is not null) and ("incident_versions"."occurred_until" is null or "incident_versions"."occurred_until" >= "incident_versions"."occurred_at")),
	CONSTRAINT "incident_versions_correction_reason" CHECK (("incident_versions"."version" = 1) = ("incident_versions"."correction_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawn_agency_id" uuid,
	"withdrawal_reason" text,
	CONSTRAINT "incidents_case_number_unique" UNIQUE("case_id","number"),
	CONSTRAINT "incidents_withdrawal_whole" CHECK (("incidents"."withdrawn_at" is null and "incidents"."withdrawn_by" is null and "incidents"."withdrawn_agency_id" is null and "incidents"."withdrawal_reason" is null)
        or ("incidents"."withdrawn_at" is not null and "incidents"."withdrawn_by" is not null and "incidents"."withdrawn_agency_id" is not null and "incidents"."withdrawal_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "attachment_blobs" (
	"key" text PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"stripped_storage_key" text,
	"stripped_size_bytes" integer,
	"stripped_sha256" text,
	"added_by" uuid NOT NULL,
	"added_agency_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "attachments_stripped_storage_key_unique" UNIQUE("stripped_storage_key"),
	CONSTRAINT "attachments_sha256_hex" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachments_stripped_whole" CHECK (("attachments"."stripped_storage_key" is null and "attachments"."stripped_size_bytes" is null and "attachments"."stripped_sha256" is null)
        or ("attachments"."stripped_storage_key" is not null and "attachments"."stripped_size_bytes" is not null and "attachments"."stripped_sha256" ~ '^[0-9a-f]{64}$'))
);
--> statement-breakpoint
CREATE TABLE "preservation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"account_identifiers" text NOT NULL,
	"what_to_preserve" text NOT NULL,
	"status" "preservation_status" DEFAULT 'drafted' NOT NULL,
	"sent_on" date,
	"platform_reference" text,
	"deadline_on" date,
	"extended_on" date,
	"flagged_at" timestamp with time zone,
	"requested_by" uuid NOT NULL,
	"requested_agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_crime_recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"recording" "crime_recording" NOT NULL,
	"crime_reference" text,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_agency_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_crime_recordings_case_revision_unique" UNIQUE("case_id","revision")
);
--> statement-breakpoint
CREATE TABLE "crime_recording_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"answer" "crime_recording_review_answer" NOT NULL,
	"recording_id" uuid,
	"reason" text,
	"incidents_up_to" integer NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"reviewed_agency_id" uuid NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crime_recording_reviews_kept_reason" CHECK ("crime_recording_reviews"."answer" <> 'kept' or "crime_recording_reviews"."reason" is not null),
	CONSTRAINT "crime_recording_reviews_changed_recording" CHECK ("crime_recording_reviews"."answer" <> 'changed' or "crime_recording_reviews"."recording_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "digital_safety_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"checklist_id" text NOT NULL,
	"item_key" text NOT NULL,
	"status" "safety_item_status" DEFAULT 'not_started' NOT NULL,
	"on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digital_safety_items_case_item_unique" UNIQUE("case_id","checklist_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "support_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"phone" text,
	"website" text,
	"hours" text,
	"national" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_protective_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."protective_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_recorded_agency_id_agencies_id_fk" FOREIGN KEY ("recorded_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_numbers" ADD CONSTRAINT "incident_numbers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_versions" ADD CONSTRAINT "incident_versions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_versions" ADD CONSTRAINT "incident_versions_breach_of_order_id_protective_orders_id_fk" FOREIGN KEY ("breach_of_order_id") REFERENCES "public"."protective_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_versions" ADD CONSTRAINT "incident_versions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_versions" ADD CONSTRAINT "incident_versions_recorded_agency_id_agencies_id_fk" FOREIGN KEY ("recorded_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_withdrawn_agency_id_agencies_id_fk" FOREIGN KEY ("withdrawn_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_added_agency_id_agencies_id_fk" FOREIGN KEY ("added_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_requests" ADD CONSTRAINT "preservation_requests_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_requests" ADD CONSTRAINT "preservation_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_requests" ADD CONSTRAINT "preservation_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preservation_requests" ADD CONSTRAINT "preservation_requests_requested_agency_id_agencies_id_fk" FOREIGN KEY ("requested_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_crime_recordings" ADD CONSTRAINT "case_crime_recordings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_crime_recordings" ADD CONSTRAINT "case_crime_recordings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_crime_recordings" ADD CONSTRAINT "case_crime_recordings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_crime_recordings" ADD CONSTRAINT "case_crime_recordings_recorded_agency_id_agencies_id_fk" FOREIGN KEY ("recorded_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_recording_reviews" ADD CONSTRAINT "crime_recording_reviews_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_recording_reviews" ADD CONSTRAINT "crime_recording_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_recording_reviews" ADD CONSTRAINT "crime_recording_reviews_recording_id_case_crime_recordings_id_fk" FOREIGN KEY ("recording_id") REFERENCES "public"."case_crime_recordings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_recording_reviews" ADD CONSTRAINT "crime_recording_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_recording_reviews" ADD CONSTRAINT "crime_recording_reviews_reviewed_agency_id_agencies_id_fk" FOREIGN KEY ("reviewed_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_safety_items" ADD CONSTRAINT "digital_safety_items_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_safety_items" ADD CONSTRAINT "digital_safety_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_safety_items" ADD CONSTRAINT "digital_safety_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_services" ADD CONSTRAINT "support_services_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_services" ADD CONSTRAINT "support_services_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_events_order_idx" ON "order_events" USING btree ("order_id","on");--> statement-breakpoint
CREATE INDEX "protective_orders_case_idx" ON "protective_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "protective_orders_area_expiry_idx" ON "protective_orders" USING btree ("area_id","expires_on");--> statement-breakpoint
CREATE INDEX "incident_versions_breach_idx" ON "incident_versions" USING btree ("breach_of_order_id");--> statement-breakpoint
CREATE INDEX "attachments_incident_idx" ON "attachments" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "attachments_case_idx" ON "attachments" USING btree ("case_id","added_at");--> statement-breakpoint
CREATE INDEX "preservation_requests_case_idx" ON "preservation_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "preservation_requests_deadline_idx" ON "preservation_requests" USING btree ("status","deadline_on");--> statement-breakpoint
CREATE INDEX "crime_recording_reviews_case_idx" ON "crime_recording_reviews" USING btree ("case_id","reviewed_at");--> statement-breakpoint
CREATE INDEX "support_services_area_idx" ON "support_services" USING btree ("area_id","position");--> statement-breakpoint
-- Evidence is never changed in place or removed: an incident's versions (a correction is a new one), its
-- attachments, and their bytes. Hand-written: drizzle-kit does not make triggers.
CREATE FUNCTION evidence_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incident_versions_no_update_or_delete BEFORE UPDATE OR DELETE ON incident_versions FOR EACH ROW EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
CREATE TRIGGER incident_versions_no_truncate BEFORE TRUNCATE ON incident_versions FOR EACH STATEMENT EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
CREATE TRIGGER attachments_no_update_or_delete BEFORE UPDATE OR DELETE ON attachments FOR EACH ROW EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON attachments FOR EACH STATEMENT EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
CREATE TRIGGER attachment_blobs_no_update_or_delete BEFORE UPDATE OR DELETE ON attachment_blobs FOR EACH ROW EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
CREATE TRIGGER attachment_blobs_no_truncate BEFORE TRUNCATE ON attachment_blobs FOR EACH STATEMENT EXECUTE FUNCTION evidence_reject_change();--> statement-breakpoint
-- Photos, PDFs and video are already compressed: keep them out of line without trying again.
ALTER TABLE "attachment_blobs" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
