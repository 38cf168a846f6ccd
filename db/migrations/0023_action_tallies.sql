CREATE TABLE "action_tallies" (
	"area_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"due_on" date NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "action_tallies_area_id_outcome_due_on_owner_agency_id_pk" PRIMARY KEY("area_id","outcome","due_on","owner_agency_id")
);
--> statement-breakpoint
ALTER TABLE "action_tallies" ADD CONSTRAINT "action_tallies_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_tallies" ADD CONSTRAINT "action_tallies_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- What an action counts as in action_tallies, or null when it counts as nothing (not possible, or
-- completed with no closing date): the same rules as lib/action-items/status-sql.ts's isOpenSql and the
-- completed-on-time comparison of closed_on with due_on.
CREATE FUNCTION action_tally_outcome(status action_item_status, due_on date, closed_on date) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public
AS $$
  SELECT CASE
    WHEN status IN ('open', 'in_progress') THEN 'open'
    WHEN status = 'completed' AND closed_on <= due_on THEN 'completed_on_time'
    WHEN status = 'completed' AND closed_on > due_on THEN 'completed_late'
    WHEN status = 'not_done' THEN 'not_done'
  END
$$;
--> statement-breakpoint
-- Keeps action_tallies in the transaction that changes the action, so a rollback undoes it too. Runs as
-- the owner (SECURITY DEFINER): the app role only reads the tallies.
CREATE FUNCTION keep_action_tallies() RETURNS trigger
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
  END IF;
  IF now_is IS NOT NULL THEN
    INSERT INTO action_tallies (area_id, outcome, due_on, owner_agency_id, count)
      VALUES (NEW.area_id, now_is, NEW.due_on, NEW.owner_agency_id, 1)
      ON CONFLICT (area_id, outcome, due_on, owner_agency_id) DO UPDATE SET count = action_tallies.count + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_items_tallies
AFTER INSERT OR DELETE OR UPDATE OF status, owner_agency_id, due_on, area_id, closed_at ON action_items
FOR EACH ROW EXECUTE FUNCTION keep_action_tallies();
--> statement-breakpoint
INSERT INTO action_tallies (area_id, outcome, due_on, owner_agency_id, count)
SELECT area_id, outcome, due_on, owner_agency_id, count(*)::int
FROM (SELECT area_id, action_tally_outcome(status, due_on, closed_on) AS outcome, due_on, owner_agency_id FROM action_items) a
WHERE outcome IS NOT NULL
GROUP BY area_id, outcome, due_on, owner_agency_id;
