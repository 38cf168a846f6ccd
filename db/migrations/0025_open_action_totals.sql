CREATE TABLE "open_action_totals" (
	"area_id" uuid NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "open_action_totals_area_id_owner_agency_id_pk" PRIMARY KEY("area_id","owner_agency_id")
);
--> statement-breakpoint
ALTER TABLE "open_action_totals" ADD CONSTRAINT "open_action_totals_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_action_totals" ADD CONSTRAINT "open_action_totals_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The same trigger keeps each agency's open actions in all beside the tallies by due date (one row an
-- agency, kept at 0 rather than removed): the home page adds up no open rows of past years.
CREATE OR REPLACE FUNCTION keep_action_tallies() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  was text;
  now_is text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    was := action_tally_outcome(OLD.status, OLD.due_on, OLD.closed_on);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    now_is := action_tally_outcome(NEW.status, NEW.due_on, NEW.closed_on);
  END IF;
  IF TG_OP = 'UPDATE' AND was IS NOT DISTINCT FROM now_is AND OLD.area_id = NEW.area_id
     AND OLD.owner_agency_id = NEW.owner_agency_id AND OLD.due_on = NEW.due_on THEN
    RETURN NULL;
  END IF;
  IF was IS NOT NULL THEN
    UPDATE action_tallies SET count = count - 1
      WHERE area_id = OLD.area_id AND outcome = was AND due_on = OLD.due_on AND owner_agency_id = OLD.owner_agency_id;
    DELETE FROM action_tallies
      WHERE area_id = OLD.area_id AND outcome = was AND due_on = OLD.due_on AND owner_agency_id = OLD.owner_agency_id AND count <= 0;
    IF was = 'open' THEN
      UPDATE open_action_totals SET count = count - 1 WHERE area_id = OLD.area_id AND owner_agency_id = OLD.owner_agency_id;
    END IF;
  END IF;
  IF now_is IS NOT NULL THEN
    INSERT INTO action_tallies (area_id, outcome, due_on, owner_agency_id, count)
      VALUES (NEW.area_id, now_is, NEW.due_on, NEW.owner_agency_id, 1)
      ON CONFLICT (area_id, outcome, due_on, owner_agency_id) DO UPDATE SET count = action_tallies.count + 1;
    IF now_is = 'open' THEN
      INSERT INTO open_action_totals (area_id, owner_agency_id, count)
        VALUES (NEW.area_id, NEW.owner_agency_id, 1)
        ON CONFLICT (area_id, owner_agency_id) DO UPDATE SET count = open_action_totals.count + 1;
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
INSERT INTO open_action_totals (area_id, owner_agency_id, count)
SELECT area_id, owner_agency_id, count(*)::int FROM action_items WHERE status IN ('open', 'in_progress') GROUP BY area_id, owner_agency_id;
