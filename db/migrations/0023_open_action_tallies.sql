CREATE TABLE "open_action_tallies" (
	"area_id" uuid NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"open" integer NOT NULL,
	CONSTRAINT "open_action_tallies_area_id_owner_agency_id_due_on_pk" PRIMARY KEY("area_id","owner_agency_id","due_on")
);
--> statement-breakpoint
ALTER TABLE "open_action_tallies" ADD CONSTRAINT "open_action_tallies_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_action_tallies" ADD CONSTRAINT "open_action_tallies_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Keeps open_action_tallies: one row per area, owning agency and due date with the number of actions
-- open or in progress (lib/action-items/status-sql.ts's isOpenSql: the same two statuses). Runs as the
-- owner (SECURITY DEFINER), so the app role only reads the tallies; every change to an action that moves
-- it into, out of or between tallies is counted in the same transaction, so a rollback undoes it too.
CREATE FUNCTION keep_open_action_tallies() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('open', 'in_progress') THEN
    UPDATE open_action_tallies SET open = open - 1
      WHERE area_id = OLD.area_id AND owner_agency_id = OLD.owner_agency_id AND due_on = OLD.due_on;
    DELETE FROM open_action_tallies
      WHERE area_id = OLD.area_id AND owner_agency_id = OLD.owner_agency_id AND due_on = OLD.due_on AND open <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('open', 'in_progress') THEN
    INSERT INTO open_action_tallies (area_id, owner_agency_id, due_on, open)
      VALUES (NEW.area_id, NEW.owner_agency_id, NEW.due_on, 1)
      ON CONFLICT (area_id, owner_agency_id, due_on) DO UPDATE SET open = open_action_tallies.open + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_items_open_tallies
AFTER INSERT OR DELETE OR UPDATE OF status, owner_agency_id, due_on, area_id ON action_items
FOR EACH ROW EXECUTE FUNCTION keep_open_action_tallies();
--> statement-breakpoint
INSERT INTO open_action_tallies (area_id, owner_agency_id, due_on, open)
SELECT area_id, owner_agency_id, due_on, count(*)::int FROM action_items
WHERE status IN ('open', 'in_progress')
GROUP BY area_id, owner_agency_id, due_on;
