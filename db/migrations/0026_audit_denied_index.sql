-- Migrations run in a transaction, so this index is not built CONCURRENTLY: on a large log, writes to
-- audit_events (every page view) wait while it builds, which reads the whole log. On a large
-- production log, build it first by hand with CREATE INDEX CONCURRENTLY and the same definition.
CREATE INDEX IF NOT EXISTS "audit_events_denied_idx" ON "audit_events" USING btree ("area_id","occurred_at") WHERE "audit_events"."outcome" = 'denied';
