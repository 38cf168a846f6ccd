-- The audit log is hash-chained per area (decision 0018). Each event's hash is SHA-256 over a canonical
-- form of the event: a version tag, then a JSON array of its fields in a fixed order (ids and text as
-- JSON strings, numbers as JSON numbers, the time as ISO 8601 in UTC to the microsecond, absent values as
-- null), the previous event's hash last. lib/audit/chain.ts builds the same form in TypeScript to check it.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, public
AS $$
  SELECT encode(sha256(convert_to('marac-audit-v1' || '[' || concat_ws(',',
    coalesce(to_json(e.id)::text, 'null'),
    coalesce(to_json(e.area_id)::text, 'null'),
    coalesce(to_json(e.seq)::text, 'null'),
    coalesce(to_json(to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'null'),
    coalesce(to_json(e.user_id)::text, 'null'),
    coalesce(to_json(e.agency_id)::text, 'null'),
    coalesce(to_json(e.role)::text, 'null'),
    coalesce(to_json(e.action)::text, 'null'),
    coalesce(to_json(e.resource_type)::text, 'null'),
    coalesce(to_json(e.resource_id)::text, 'null'),
    coalesce(to_json(e.case_id)::text, 'null'),
    coalesce(to_json(e.case_ids)::text, 'null'),
    coalesce(to_json(e.outcome::text)::text, 'null'),
    coalesce(to_json(e.justification)::text, 'null'),
    coalesce(to_json(e.detail)::text, 'null'),
    coalesce(to_json(e.request_id)::text, 'null'),
    coalesce(to_json(e.prev_hash)::text, 'null')
  ) || ']', 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Sets seq, prev_hash and hash on every insert, whatever the insert said. Writers of an area take its
-- transaction-scoped advisory lock, so they chain one after another (also for an area's first event,
-- when there is no head row to lock yet); the head row is then read FOR UPDATE, which in READ COMMITTED
-- returns its newest committed version (and fails, rather than forks, under REPEATABLE READ). SECURITY
-- DEFINER with a fixed search_path: it runs as the tables' owner, so an app role that may only INSERT
-- and SELECT on audit_events still chains through audit_chain_heads, which it cannot touch.
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  k uuid := coalesce(NEW.area_id, '00000000-0000-0000-0000-000000000000'::uuid);
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events.chain:' || k::text, 0));
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_chain_heads h WHERE h.area_key = k FOR UPDATE;
  IF NOT FOUND THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
  END IF;
  NEW.seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.hash := audit_event_hash(NEW);
  IF head_seq = 0 THEN
    INSERT INTO audit_chain_heads (area_key, seq, hash, event_id) VALUES (k, NEW.seq, NEW.hash, NEW.id);
  ELSE
    UPDATE audit_chain_heads h SET seq = NEW.seq, hash = NEW.hash, event_id = NEW.id WHERE h.area_key = k;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON audit_chain_heads FROM PUBLIC;
--> statement-breakpoint
-- The events already written, chained in the order they were written (by id), area by area. The
-- append-only trigger is set aside for this one UPDATE, inside the migration's transaction.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete;
--> statement-breakpoint
DO $$
DECLARE
  e audit_events;
  key uuid;
  last_key uuid := NULL;
  n bigint := 0;
  prev text;
  ids bigint[] := '{}';
  seqs bigint[] := '{}';
  prevs text[] := '{}';
  hashes text[] := '{}';
BEGIN
  FOR e IN SELECT * FROM audit_events ORDER BY coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid), id LOOP
    key := coalesce(e.area_id, '00000000-0000-0000-0000-000000000000'::uuid);
    IF last_key IS NULL OR key <> last_key THEN
      IF last_key IS NOT NULL THEN
        INSERT INTO audit_chain_heads (area_key, seq, hash, event_id) VALUES (last_key, n, prev, ids[array_length(ids, 1)]);
      END IF;
      last_key := key;
      n := 0;
      prev := repeat('0', 64);
    END IF;
    n := n + 1;
    e.seq := n;
    e.prev_hash := prev;
    prev := audit_event_hash(e);
    ids := ids || e.id;
    seqs := seqs || n;
    prevs := prevs || e.prev_hash;
    hashes := hashes || prev;
  END LOOP;
  IF last_key IS NOT NULL THEN
    INSERT INTO audit_chain_heads (area_key, seq, hash, event_id) VALUES (last_key, n, prev, ids[array_length(ids, 1)]);
  END IF;
  UPDATE audit_events a SET seq = c.seq, prev_hash = c.prev_hash, hash = c.hash
    FROM unnest(ids, seqs, prevs, hashes) AS c(id, seq, prev_hash, hash)
    WHERE a.id = c.id;
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
