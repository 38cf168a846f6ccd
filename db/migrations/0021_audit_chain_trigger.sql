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
-- transaction-scoped advisory lock, so they chain one after another (the area's first event too); the
-- previous event is then the area's highest number, read backwards on audit_events_chain_idx: under READ
-- COMMITTED each statement of this function sees what was committed before the lock was granted, and
-- the rows an INSERT of many rows made before this one. Under REPEATABLE READ or SERIALIZABLE it could
-- read an older state and fork the chain, so it refuses. The head table is written once per statement
-- (audit_chain_heads_after), not per row: a row updated many times in one transaction grows a chain of
-- versions that every later lookup walks. SECURITY DEFINER with a fixed search_path: it runs as the
-- tables' owner, so an app role that may only INSERT and SELECT on audit_events still chains, and cannot
-- touch audit_chain_heads.
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  k uuid := coalesce(NEW.area_id, '00000000-0000-0000-0000-000000000000'::uuid);
  last_seq bigint;
  last_hash text;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events are chained under READ COMMITTED only, not %', current_setting('transaction_isolation')
      USING ERRCODE = 'invalid_transaction_state';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events.chain:' || k::text, 0));
  IF NEW.area_id IS NULL THEN
    SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_events e WHERE e.area_id IS NULL ORDER BY e.seq DESC, e.id DESC LIMIT 1;
  ELSE
    SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_events e WHERE e.area_id = NEW.area_id ORDER BY e.seq DESC, e.id DESC LIMIT 1;
  END IF;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Each area's head after a statement that wrote events: its last number, hash and event. The area's
-- advisory lock is still held, so heads move in the order the events were chained.
CREATE FUNCTION audit_chain_heads_after() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  INSERT INTO audit_chain_heads AS h (area_key, seq, hash, event_id)
    SELECT DISTINCT ON (coalesce(n.area_id, '00000000-0000-0000-0000-000000000000'::uuid))
           coalesce(n.area_id, '00000000-0000-0000-0000-000000000000'::uuid), n.seq, n.hash, n.id
    FROM new_events n
    ORDER BY coalesce(n.area_id, '00000000-0000-0000-0000-000000000000'::uuid), n.seq DESC, n.id DESC
  ON CONFLICT (area_key) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, event_id = excluded.event_id
    WHERE h.seq < excluded.seq;
  RETURN NULL;
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
--> statement-breakpoint
CREATE TRIGGER audit_events_chain_heads
  AFTER INSERT ON audit_events
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_heads_after();
